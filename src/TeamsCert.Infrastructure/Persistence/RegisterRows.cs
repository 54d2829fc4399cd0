using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// Derives a case's register rows (its current and previous certificates) from its facts alone and brings the stored rows
/// in line inside the caller's unit of work, so the register changes in the same transaction as the case.
/// </summary>
public static class RegisterRows
{
    // Chinese reasons stay readable in the stored JSON.
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The rows a case should have: one per certificate number it ever held, current last.</summary>
    public static IReadOnlyList<RegisterRow> For(
        Guid caseId, string scheme, string ruleSetVersion, string organization, string scope, CaseFacts facts, SchemeCatalog? schemes)
    {
        var ruleSet = schemes?.All.FirstOrDefault(r => r.Scheme == scheme && r.Version == ruleSetVersion)
            ?? schemes?.All.LastOrDefault(r => r.Scheme == scheme);
        var certificates = facts.PreviousCertificates.Select(c => (Certificate: c, Current: false)).ToList();
        if (facts.Certificate is { } current)
        {
            certificates.Add((current, true));
        }

        // Outside AS a renewal keeps the number: one row per number, the newest certificate's data, the whole log.
        return [.. certificates.GroupBy(x => x.Certificate.Number, StringComparer.Ordinal).Select(g =>
        {
            var (certificate, isCurrent) = g.Last();
            return new RegisterRow
            {
                Number = certificate.Number,
                DisplayNumber = certificate.DisplayNumber,
                CaseId = caseId,
                Scheme = scheme,
                SchemeName = ruleSet is null ? scheme : $"{ruleSet.Name.ZhCn} / {ruleSet.Name.En}",
                Standard = ruleSet?.Document.BasisStandard ?? scheme,
                Organization = organization,
                OrganizationSearch = SearchText(organization),
                Scope = certificate.Scope ?? scope,
                Grade = CertificateGradeText.For(certificate, facts.Score, isCurrent),
                IssuedOn = certificate.IssuedOn,
                ValidFrom = certificate.ValidFrom,
                ExpiresOn = certificate.ExpiresOn,
                Status = CertificateStatusText.Code(certificate.State),
                HistoryJson = HistoryJson([.. g.SelectMany(x => x.Certificate.History)], certificate),
            };
        })];
    }

    /// <summary>The form names are searched in: trimmed and lower-cased (invariant).</summary>
    public static string SearchText(string text) => text.Trim().ToLowerInvariant();

    /// <summary>Adds, updates or removes the tracked register rows of a case to match <paramref name="wanted"/>; nothing is saved here.</summary>
    public static async Task SyncAsync(TeamsCertDbContext db, Guid caseId, IReadOnlyList<RegisterRow> wanted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.Register.Where(r => r.CaseId == caseId).ToListAsync(cancellationToken);
        foreach (var row in wanted)
        {
            var existing = stored.FirstOrDefault(r => r.Number == row.Number);
            if (existing is not null && row.SchemeName == row.Scheme && existing.SchemeName != existing.Scheme)
            {
                // Saved by a store without the rule sets: keep the names a store with them wrote.
                (row.SchemeName, row.Standard) = (existing.SchemeName, existing.Standard);
            }

            if (existing is null)
            {
                row.UpdatedAt = now;
                db.Register.Add(row);
            }
            else if (!Same(existing, row))
            {
                CopyTo(row, existing);
                existing.UpdatedAt = now;
            }
        }

        db.Register.RemoveRange(stored.Where(s => wanted.All(w => w.Number != s.Number)));
    }

    // The suspension in force (the last line, to suspended) carries the end of its period; an ended one ends at the next line.
    private static string HistoryJson(IReadOnlyList<StatusChangeFacts> history, CertificateFacts certificate) => JsonSerializer.Serialize(history.Select((h, i) => new RegisterHistoryLine(
        h.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        h.From is { } from ? CertificateStatusText.Code(from) : null,
        CertificateStatusText.Code(h.To),
        h.Reason,
        i == history.Count - 1 && h.To == CertificateState.Suspended && certificate.State == CertificateState.Suspended
            ? certificate.SuspendedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null)), _json);

    private static bool Same(RegisterRow a, RegisterRow b) =>
        (a.DisplayNumber, a.Scheme, a.SchemeName, a.Standard, a.Organization, a.OrganizationSearch, a.Scope, a.Grade)
        == (b.DisplayNumber, b.Scheme, b.SchemeName, b.Standard, b.Organization, b.OrganizationSearch, b.Scope, b.Grade)
        && (a.IssuedOn, a.ValidFrom, a.ExpiresOn, a.Status, a.HistoryJson, a.CaseId) == (b.IssuedOn, b.ValidFrom, b.ExpiresOn, b.Status, b.HistoryJson, b.CaseId);

    private static void CopyTo(RegisterRow source, RegisterRow target)
    {
        (target.DisplayNumber, target.Scheme, target.SchemeName, target.Standard) = (source.DisplayNumber, source.Scheme, source.SchemeName, source.Standard);
        (target.Organization, target.OrganizationSearch, target.Scope, target.Grade) = (source.Organization, source.OrganizationSearch, source.Scope, source.Grade);
        (target.IssuedOn, target.ValidFrom, target.ExpiresOn) = (source.IssuedOn, source.ValidFrom, source.ExpiresOn);
        (target.Status, target.HistoryJson, target.CaseId) = (source.Status, source.HistoryJson, source.CaseId);
    }
}
