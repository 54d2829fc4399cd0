using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Register;

/// <summary>
/// Reads the public register: a number (exact, case and space insensitive) through the key, or part of an organisation's
/// name through the lower-cased search column with LIKE. At most <see cref="MaxResults"/> rows.
/// </summary>
public sealed class RegisterQueries(TeamsCertDbContext db, TimeProvider time)
{
    public const int MaxResults = 20;

    public const int MinQueryLength = 2;

    /// <summary>The query the register searches with, or null when it is too short (fewer than <see cref="MinQueryLength"/> characters).</summary>
    public static string? Normalise(string? q) => q?.Trim() is { Length: >= MinQueryLength } text ? text : null;

    /// <summary>Why a query is refused outright (a control, direction or zero-width character, or over the cap; the domain's check), or null.</summary>
    public static string? Refusal(string? q) => PlainText.Problem(InputLimits.RegisterQuery, q);

    public async Task<IReadOnlyList<RegisterEntry>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var number = NumberKey(query);
        var pattern = "%" + Escape(RegisterRows.SearchText(query)) + "%";
        var rows = await db.Register.AsNoTracking()
            .Where(r => r.Number == number || EF.Functions.Like(r.OrganizationSearch, pattern, "\\"))
            .OrderBy(r => r.Number == number ? 0 : 1).ThenBy(r => r.Organization).ThenBy(r => r.Number)
            .Take(MaxResults).ToListAsync(cancellationToken);
        var today = ShanghaiTime.Today(time);
        return [.. rows.Select(r => Entry(r, today))];
    }

    public async Task<RegisterCertificate?> FindAsync(string number, Func<string, Uri> verifyUrl, CancellationToken cancellationToken)
    {
        var key = NumberKey(number);
        var row = await db.Register.AsNoTracking().FirstOrDefaultAsync(r => r.Number == key, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var e = Entry(row, ShanghaiTime.Today(time));
        var history = JsonSerializer.Deserialize<List<RegisterHistoryLine>>(row.HistoryJson) ?? [];
        return new RegisterCertificate(e.Number, e.DisplayNumber, e.Organization, e.Scheme, e.SchemeName, e.Standard, e.Scope, e.Grade,
            e.IssuedOn, e.ExpiresOn, e.Status, e.StatusZh, e.StatusEn, history, verifyUrl(row.Number));
    }

    /// <summary>Numbers are stored upper case without spaces (the display form inserts spaces).</summary>
    public static string NumberKey(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static RegisterEntry Entry(RegisterRow row, DateOnly today)
    {
        var recorded = CertificateStatusText.Parse(row.Status) ?? throw new InvalidOperationException($"Register row {row.Number} has an unknown status.");
        var state = CertificateStatusText.OnDate(recorded, row.ExpiresOn, today);
        var name = CertificateStatusText.Name(state);
        return new RegisterEntry(row.Number, row.DisplayNumber, row.Organization, row.Scheme, row.SchemeName, row.Standard, row.Scope,
            row.Grade, row.IssuedOn, row.ExpiresOn, CertificateStatusText.Code(state), name.ZhCn, name.En);
    }
}
