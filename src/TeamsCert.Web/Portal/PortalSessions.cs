using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Web.Portal;

/// <summary>
/// Builds a portal page's state for a usable link: its scheme version's rules, the files that count for its step (the
/// latest version of each, none the applicant removed), and the values to show: the saved draft, else what staff
/// entered when inviting (organisation, contact, e-mail).
/// </summary>
public sealed class PortalSessions(TeamsCertDbContext db, RulesRuntime rules, PortalDrafts drafts)
{
    public async Task<PortalState> StateAsync(string token, SharedLinkResolution resolution, PortalChrome chrome, CancellationToken ct)
    {
        var @case = resolution.Case!;
        var step = resolution.Step!;
        var documents = await db.Documents.AsNoTracking().Where(d => d.CaseId == @case.Id && d.StepId == step.Id && d.WithdrawnAt == null).ToListAsync(ct);
        var current = documents.GroupBy(d => (d.Item, d.FileName)).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.UploadedAt).ToList();
        var state = new PortalState(token, resolution.Link!, @case, step, rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion), current, chrome);
        if (await drafts.FindAsync(step.Id, ct) is { } draft)
        {
            return state with { Values = draft.Values, DraftSavedAt = draft.SavedAt };
        }

        return step.Kind == ApplicationFormHandler.StepKind ? state with { Values = Invitation(@case) } : state;
    }

    /// <summary>What the invitation already says about the applicant, as the application form's fields.</summary>
    private static Dictionary<string, string> Invitation(Domain.Workflow.CertificationCase @case)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, "organization", @case.Organization);
        Add(values, "organizationCode", @case.OrganizationCode);
        Add(values, "contactName", @case.Facts.Contact?.Name);
        Add(values, "contactEmail", @case.Facts.Contact?.Email);
        Add(values, "contactPhone", @case.Facts.Contact?.Phone);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string code, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[code] = value.Trim();
        }
    }
}
