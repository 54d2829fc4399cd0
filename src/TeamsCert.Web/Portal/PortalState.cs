using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Portal;

/// <summary>Everything a portal page shows: the link, its case and step, the files sent so far, and what the applicant typed.</summary>
public sealed record PortalState(string Token, SharedLinkRow Link, CertificationCase Case, PendingStep Step, SchemeRuleSet RuleSet,
    IReadOnlyList<DocumentRow> Documents)
{
    /// <summary>The values to show in the form: what was just submitted (kept after a refusal), else nothing.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>A message above the form (a refused upload without the script), or null.</summary>
    public string? Banner { get; init; }

    public string Action => $"/portal/{Token}";

    public string UploadAction(string item) => $"/portal/{Token}/documents?item={Uri.EscapeDataString(item)}";

    public string? Value(string code) => Values.GetValueOrDefault(code);

    public string? Error(string code) => Errors.FirstOrDefault(e => e.Field == code)?.Message;
}
