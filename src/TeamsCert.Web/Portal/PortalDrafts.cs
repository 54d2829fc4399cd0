using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Portal;

/// <summary>A saved draft: the typed values and when they were saved.</summary>
public sealed record PortalDraft(IReadOnlyDictionary<string, string> Values, DateTimeOffset SavedAt);

/// <summary>
/// The applicant's drafts ("保存草稿"), one row per step in <c>portal_drafts</c>: saved on request, shown by any link to
/// the step, deleted once the step's form is submitted. A draft changes no case, so it is not journaled.
/// </summary>
public sealed class PortalDrafts(TeamsCertDbContext db, TimeProvider time)
{
    /// <summary>Keys the page posts that are controls, not answers.</summary>
    private static readonly HashSet<string> _controls = new(StringComparer.Ordinal) { "intent", "confirmIncomplete" };

    private const int MaxFields = 400;
    private const int MaxLength = 20_000;

    public async Task<PortalDraft?> FindAsync(Guid stepId, CancellationToken ct)
    {
        var row = await db.PortalDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.StepId == stepId, ct);
        return row is null
            ? null
            : new PortalDraft(JsonSerializer.Deserialize<Dictionary<string, string>>(row.ValuesJson) ?? [], row.SavedAt);
    }

    /// <summary>Keeps what was posted (answers only, NULs dropped, each value bounded) as the step's draft; returns when.</summary>
    public async Task<DateTimeOffset> SaveAsync(Guid caseId, Guid stepId, IReadOnlyDictionary<string, string> posted, CancellationToken ct)
    {
        var values = posted.Where(p => !_controls.Contains(p.Key) && !string.IsNullOrWhiteSpace(p.Value)).Take(MaxFields)
            .ToDictionary(p => p.Key, p => Clean(p.Value), StringComparer.Ordinal);
        var json = JsonSerializer.Serialize(values);
        // Npgsql stores timestamptz only from UTC offsets (a test clock may carry +08:00).
        var now = time.GetUtcNow().ToUniversalTime();
        db.ChangeTracker.Clear();
        var row = await db.PortalDrafts.FirstOrDefaultAsync(d => d.StepId == stepId, ct);
        if (row is null)
        {
            db.PortalDrafts.Add(new PortalDraftRow { StepId = stepId, CaseId = caseId, ValuesJson = json, SavedAt = now });
        }
        else
        {
            (row.ValuesJson, row.SavedAt) = (json, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two saves of a new draft at once: the other insert won; this one's values replace it.
            db.ChangeTracker.Clear();
            await db.PortalDrafts.Where(d => d.StepId == stepId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ValuesJson, json).SetProperty(d => d.SavedAt, now), ct);
        }

        db.ChangeTracker.Clear();
        return now;
    }

    public Task DeleteAsync(Guid stepId, CancellationToken ct) =>
        db.PortalDrafts.Where(d => d.StepId == stepId).ExecuteDeleteAsync(ct);

    private static string Clean(string value)
    {
        var text = value.Replace("\0", string.Empty, StringComparison.Ordinal).Trim();
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }
}
