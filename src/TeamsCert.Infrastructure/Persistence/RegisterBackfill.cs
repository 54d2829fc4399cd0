using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Schemes;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// Fills the public register once for a database whose cases were certified before the register existed: when the
/// register is empty and some case holds a certificate, every such case's rows are built from its facts in one save.
/// Afterwards <see cref="CaseStore"/> keeps the rows in line with every change.
/// </summary>
public static class RegisterBackfill
{
    /// <summary>Returns the number of rows written (0 when the register already had rows or no case is certified).</summary>
    public static async Task<int> RunAsync(TeamsCertDbContext db, SchemeCatalog? schemes, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (await db.Register.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CertificateNumber != null)
            .Select(c => new { c.Id, c.Scheme, c.RuleSetVersion, c.Organization, c.Scope, c.FactsJson })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().ToUniversalTime();
        var rows = cases.SelectMany(c => RegisterRows.For(c.Id, c.Scheme, c.RuleSetVersion, c.Organization, c.Scope, CaseFactsJson.Read(c.FactsJson), schemes)).ToList();
        rows.ForEach(r => r.UpdatedAt = now);
        db.Register.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }
}
