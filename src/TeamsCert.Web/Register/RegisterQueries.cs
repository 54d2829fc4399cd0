using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Schemes;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Register;

/// <summary>
/// Reads the public register: a number (case and space insensitive, with or without the body's prefix, the scheme's
/// <c>{cb}</c> code) through the key, or part of an organisation's name through the lower-cased search column with
/// LIKE. At most <see cref="MaxResults"/> rows.
/// </summary>
public sealed class RegisterQueries(TeamsCertDbContext db, TimeProvider time, RulesRuntime rules)
{
    public const int MaxResults = 20;

    public const int MinQueryLength = 2;

    /// <summary>The query the register searches with, or null when it is too short (fewer than <see cref="MinQueryLength"/> characters).</summary>
    public static string? Normalise(string? q) => q?.Trim() is { Length: >= MinQueryLength } text ? text : null;

    /// <summary>Why a query is refused outright (a control, direction or zero-width character, or over the cap; the domain's check), or null.</summary>
    public static string? Refusal(string? q) => PlainText.Problem(InputLimits.RegisterQuery, q);

    public async Task<IReadOnlyList<RegisterEntry>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var numbers = NumberKeys(query);
        var pattern = "%" + Escape(RegisterRows.SearchText(query)) + "%";
        var rows = await db.Register.AsNoTracking()
            .Where(r => numbers.Contains(r.Number) || EF.Functions.Like(r.OrganizationSearch, pattern, "\\"))
            .OrderBy(r => numbers.Contains(r.Number) ? 0 : 1).ThenBy(r => r.Organization).ThenBy(r => r.Number)
            .Take(MaxResults).ToListAsync(cancellationToken);
        var today = ShanghaiTime.Today(time);
        return [.. rows.Select(r => Entry(r, today))];
    }

    /// <summary>The certificates most recently changed, newest first: the register's front list.</summary>
    public async Task<IReadOnlyList<RegisterEntry>> LatestAsync(CancellationToken cancellationToken)
    {
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        var rows = await db.Register.AsNoTracking().ToListAsync(cancellationToken);
        var today = ShanghaiTime.Today(time);
        return [.. rows.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Number).Take(MaxResults).Select(r => Entry(r, today))];
    }

    public async Task<RegisterCertificate?> FindAsync(string number, Func<string, Uri> verifyUrl, CancellationToken cancellationToken)
    {
        var keys = NumberKeys(number);
        var rows = await db.Register.AsNoTracking().Where(r => keys.Contains(r.Number)).ToListAsync(cancellationToken);
        var row = rows.OrderBy(r => keys.IndexOf(r.Number)).FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        var e = Entry(row, ShanghaiTime.Today(time));
        var ruleSet = RuleSet(row.Scheme);
        var lines = JsonSerializer.Deserialize<List<RegisterHistoryLine>>(row.HistoryJson) ?? [];
        var history = lines.Select(h =>
        {
            var words = RegisterWords.Reason(ruleSet, h.Reason, CertificateStatusText.Parse(h.From), CertificateStatusText.Parse(h.To) ?? CertificateState.Valid);
            return new RegisterHistoryItem(h.Date, h.From, h.To, h.Reason, h.Until, words.ZhCn, words.En);
        }).ToList();
        var suspension = e.Status == CertificateStatusText.Code(CertificateState.Suspended)
            ? history.LastOrDefault(h => h.To == CertificateStatusText.Code(CertificateState.Suspended))
            : null;
        return new RegisterCertificate(e.Number, e.DisplayNumber, e.Organization, e.Scheme, e.SchemeName, e.Standard, e.Scope, e.Grade,
            e.IssuedOn, e.ExpiresOn, e.Status, e.StatusZh, e.StatusEn, history, verifyUrl(row.Number))
        {
            SchemeNameZh = e.SchemeNameZh,
            SchemeNameEn = e.SchemeNameEn,
            GradeZh = e.GradeZh,
            GradeEn = e.GradeEn,
            SuspendedFrom = suspension is null ? null : Day(suspension.Date),
            SuspendedUntil = suspension?.Until is { } until ? Day(until) : null,
        };
    }

    /// <summary>Numbers are stored upper case without spaces (the display form inserts spaces).</summary>
    public static string NumberKey(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>
    /// The stored numbers a typed number may mean: itself, and with each scheme's prefix (<c>{cb}</c>, e.g. <c>CMM-</c>
    /// before <c>TEL-2025-0001</c>, <c>307</c> before an AS number) when it was typed without it.
    /// </summary>
    public List<string> NumberKeys(string text)
    {
        var key = NumberKey(text);
        var keys = new List<string> { key };
        foreach (var prefix in Prefixes())
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                keys.Add(prefix + key);
            }
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Example numbers, one per scheme, as the scheme's numbering forms them (for "check the form" hints).</summary>
    public IReadOnlyList<string> ExampleNumbers()
    {
        var year = ShanghaiTime.Today(time).Year;
        var examples = new List<string>();
        foreach (var ruleSet in Latest())
        {
            if (ruleSet.Certificate.Numbering is not { } numbering)
            {
                continue;
            }

            try
            {
                var field = numbering.FieldCodePattern is null ? null : "A001";
                examples.Add(new CertificateNumbering(numbering).Format(new CertificateNumberRequest(year, 1, field)).Display);
            }
            catch (InvalidInputException)
            {
                // A scheme whose sample field code does not fit gives no example.
            }
        }

        return examples;
    }

    private IEnumerable<string> Prefixes()
    {
        foreach (var numbering in rules.Schemes.All.Select(r => r.Certificate.Numbering).OfType<CertificateNumberingRules>())
        {
            if (numbering.CbCode is not { Length: > 0 } cb || !numbering.CanonicalTemplate.StartsWith("{cb}", StringComparison.Ordinal))
            {
                continue;
            }

            // The separator the template puts right after {cb} belongs to the prefix ("CMM-"), the scheme's letters do not.
            var rest = numbering.CanonicalTemplate["{cb}".Length..];
            var literal = string.Concat(rest.TakeWhile(c => c != '{' && !char.IsLetterOrDigit(c)));
            yield return NumberKey(cb + literal);
        }
    }

    private IEnumerable<SchemeRuleSet> Latest() => rules.Schemes.All.GroupBy(r => r.Scheme, StringComparer.Ordinal).Select(g => g.Last());

    private SchemeRuleSet? RuleSet(string scheme) => rules.Schemes.All.LastOrDefault(r => r.Scheme == scheme);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private RegisterEntry Entry(RegisterRow row, DateOnly today)
    {
        var recorded = CertificateStatusText.Parse(row.Status) ?? throw new InvalidOperationException($"Register row {row.Number} has an unknown status.");
        var state = CertificateStatusText.OnDate(recorded, row.ExpiresOn, today);
        var name = CertificateStatusText.Name(state);
        var ruleSet = RuleSet(row.Scheme);
        var scheme = ruleSet?.Name ?? Split(row.SchemeName);
        var grade = ScoreWords.Grade(ruleSet, row.Grade);
        return new RegisterEntry(row.Number, row.DisplayNumber, row.Organization, row.Scheme, row.SchemeName, row.Standard, row.Scope,
            row.Grade, row.IssuedOn, row.ExpiresOn, CertificateStatusText.Code(state), name.ZhCn, name.En)
        {
            SchemeNameZh = scheme.ZhCn,
            SchemeNameEn = scheme.En,
            GradeZh = grade?.ZhCn,
            GradeEn = grade?.En,
        };
    }

    private static LocalizedText Split(string text)
    {
        var at = text.IndexOf(" / ", StringComparison.Ordinal);
        return at < 0 ? new(text, text) : new(text[..at].TrimEnd(), text[(at + 3)..].TrimStart());
    }
}
