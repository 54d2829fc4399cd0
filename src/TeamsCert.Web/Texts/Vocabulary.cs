using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Texts;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Web.Texts;

/// <summary>
/// The one place every surface (cards, tab, portal, register) gets the words for the product's codes, read from the
/// text catalogue (<see cref="Catalogue"/>: Domain/Texts/Vocabulary.resx and Vocabulary.en.resx): certificate
/// statuses, roles, stages, steps, journal events, link purposes, finding grades and audit kinds. A code without a word
/// is shown as a neutral "—"-like text, never as the code itself (<see cref="Has"/> lets tests find the gaps).
/// </summary>
public static class Vocabulary
{
    /// <summary>A code no catalogue knows: shown as a neutral word rather than the code.</summary>
    public static readonly LocalizedText Unknown = Catalogue.Get("unknown");

    public static LocalizedText Status(CertificateState state) => CertificateStatusText.Name(state);

    public static LocalizedText Role(string? code) => RoleTexts.Has(code) ? RoleTexts.For(code) : Unknown;

    public static LocalizedText Stage(CaseStage stage) => StageTexts.For(stage);

    /// <summary>A step kind's title (e.g. application-review → 申请评审).</summary>
    public static LocalizedText Step(string kind) => StepTexts.All.TryGetValue(kind, out var text) ? text.Title : Unknown;

    public static LocalizedText Event(string type) => Catalogue.Find("event", type) ?? Unknown;

    public static LocalizedText Purpose(string purpose) => LinkPurposeTexts.Has(purpose) ? LinkPurposeTexts.Title(purpose) : Unknown;

    public static LocalizedText Grade(FindingGrade grade) => Catalogue.Find("grade", grade.ToString()) ?? Unknown;

    /// <summary>An audit's kind as the facts name it (stage1, stage2, surveillance, special-audit, recertification).</summary>
    public static LocalizedText Audit(string kind) => Catalogue.Find("audit", kind) ?? Unknown;

    /// <summary>A reason for a special audit (serious-accident, major-change …).</summary>
    public static LocalizedText SpecialAuditTrigger(string code) => Catalogue.Find("special-audit", code) ?? Unknown;

    /// <summary>
    /// How a step ended in words: the scheme's decision outcome (grant, refuse …), else the catalogue's outcome or
    /// choice; null when the ending has no word beyond "done" (completed).
    /// </summary>
    public static LocalizedText? Outcome(string? code, TeamsCert.Domain.Schemes.SchemeRuleSet? ruleSet) =>
        code is null ? null
            : ruleSet?.Outcomes.FirstOrDefault(o => o.Code == code)?.Label ?? Catalogue.Find("outcome", code) ?? Catalogue.Find("choice", code);

    /// <summary>The scheme's short name (one 认证项目; the code may stand beside it).</summary>
    public static LocalizedText Scheme(string code) => Catalogue.Find("scheme", code) ?? new(code, code);

    /// <summary>The journal event types the catalogue names (tests look for them on people's pages).</summary>
    public static IEnumerable<string> EventCodes => Catalogue.Codes("event");

    /// <summary>Whether the catalogue has a word for <paramref name="code"/> in <paramref name="family"/> (tests).</summary>
    public static bool Has(string family, string code) => family switch
    {
        "step" => StepTexts.All.ContainsKey(code),
        _ => Catalogue.Find(family, code) is not null,
    };
}
