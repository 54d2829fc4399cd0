using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Tab.Views;

/// <summary>
/// The register read model (<c>certificate_register</c>) for managers: every certificate, filtered by scheme, status and
/// text, with status on today's Shanghai date (as the public register shows it) and the next open surveillance; only the
/// certificates of cases the viewer may see (<see cref="CaseAccessGate"/>, ViewCase).
/// </summary>
public sealed class TabRegisterQueries(TeamsCertDbContext db, TimeProvider time, CaseAccessGate access, RulesRuntime rules)
{
    /// <param name="surface">Where the list is shown (the page or the export), for the gate's log.</param>
    public async Task<IReadOnlyList<TabRegisterRow>> ListAsync(string? scheme, string? status, string? text, Actor viewer, string surface,
        CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, surface, cancellationToken);
        var query = db.Register.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(scheme))
        {
            query = query.Where(r => r.Scheme == scheme);
        }

        var rows = (await query.OrderBy(r => r.Number).ToListAsync(cancellationToken)).Where(r => visible.Includes(r.CaseId)).ToList();
        var caseIds = rows.Select(r => r.CaseId).Distinct().ToList();
        var facts = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.FactsJson })
            .ToDictionaryAsync(c => c.Id, c => CaseFactsJson.Read(c.FactsJson), cancellationToken);
        var today = ShanghaiTime.Today(time);
        var search = text?.Trim();
        return [.. rows.Select(r =>
            {
                var recorded = CertificateStatusText.Parse(r.Status) ?? throw new InvalidOperationException($"Register row {r.Number} has an unknown status.");
                var state = CertificateStatusText.OnDate(recorded, r.ExpiresOn, today);
                var name = CertificateStatusText.Name(state);
                var next = facts.TryGetValue(r.CaseId, out var f) && f.Certificate?.Number == r.Number
                    ? f.Surveillances.Where(s => s.DoneOn is null).OrderBy(s => s.DueOn).FirstOrDefault() : null;
                return new TabRegisterRow(r.CaseId, r.Number, r.DisplayNumber, r.Organization, r.Scheme, r.Scope, ScoreWords.Grade(rules.Schemes.Latest(r.Scheme), r.Grade), r.IssuedOn, r.ExpiresOn,
                    CertificateStatusText.Code(state), name.ZhCn, name.En, next?.DueOn, next?.RuleId);
            })
            .Where(r => string.IsNullOrWhiteSpace(status) || r.Status == status)
            .Where(r => string.IsNullOrEmpty(search) || r.Number.Contains(search, StringComparison.OrdinalIgnoreCase)
                || r.Organization.Contains(search, StringComparison.OrdinalIgnoreCase))];
    }
}
