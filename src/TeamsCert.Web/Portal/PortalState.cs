using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Portal;

/// <summary>
/// Everything a portal page shows: the link, its case and step, the files that count (not removed), what the applicant
/// typed, and the page's chrome (language, certification body).
/// </summary>
public sealed record PortalState(string Token, SharedLinkRow Link, CertificationCase Case, PendingStep Step, SchemeRuleSet RuleSet,
    IReadOnlyList<DocumentRow> Documents, PortalChrome Chrome)
{
    /// <summary>The values to show in the form: what was just posted (kept after a refusal), else the draft, else the invitation's.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<FormError> Errors { get; init; } = [];

    /// <summary>A message above the form (a refused upload without the script), or null.</summary>
    public string? Banner { get; init; }

    /// <summary>A confirmation above the form (draft saved, file removed), or null.</summary>
    public string? Notice { get; init; }

    /// <summary>When the shown draft was saved, or null.</summary>
    public DateTimeOffset? DraftSavedAt { get; init; }

    /// <summary>Set when the applicant submitted with required materials missing and must confirm or go back.</summary>
    public IReadOnlyList<PortalItem>? MissingToConfirm { get; init; }

    public string Action => $"/portal/{Token}";

    public string UploadAction(string item) => $"/portal/{Token}/documents?item={Uri.EscapeDataString(item)}";

    public string WithdrawAction(Guid documentId) => $"/portal/{Token}/documents/{documentId:N}/withdraw";

    public string? Value(string code) => Values.GetValueOrDefault(code);

    public string? Error(string code) => Errors.FirstOrDefault(e => e.Field == code)?.Message;

    public string T(string zh, string en) => Chrome.T(zh, en);
}
