using System.Globalization;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.Applications;

namespace TeamsCert.Web.Portal;

/// <summary>
/// What happens after the applicant submits, said from the scheme's rules: the application review's deadline (LS-D01,
/// CC9-D01, TEL-D01, AS-D01) and, with materials missing, the one-time deficiency notice that pauses its clock.
/// </summary>
public static class PortalNextSteps
{
    /// <summary>The rule the application review runs under, or null when the scheme has none.</summary>
    public static DeadlineRule? ReviewRule(SchemeRuleSet ruleSet) =>
        ruleSet.Deadlines.FirstOrDefault(d => d.Anchor == "applicationReceived" && d.Target == "applicationReviewConcluded");

    /// <summary>
    /// Whether the scheme lets an application go in with materials missing: it may when its review can send the
    /// one-time deficiency notice (the review rule's clock pauses for it), else every required material must be there.
    /// </summary>
    public static bool MayGoInIncomplete(SchemeRuleSet ruleSet) => ReviewRule(ruleSet)?.Pausable ?? false;

    /// <summary>The review within N working days after receipt (rule id), in the page's language.</summary>
    public static string Review(SchemeRuleSet ruleSet, PortalChrome chrome)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        if (ReviewRule(ruleSet) is not { } rule)
        {
            return chrome.T("认证机构将对申请进行评审并通知您结果。", "The certification body will review the application and tell you the result.");
        }

        if (rule.Kind == DeadlineKind.WithinWorkingDaysAfter && rule.Value > 0)
        {
            var days = rule.Value.ToString(CultureInfo.InvariantCulture);
            return chrome.T($"认证机构自收到申请起 {days} 个工作日内完成申请评审（规则 {rule.Id}），并通知您结果。",
                $"The certification body reviews the application within {days} working days of receiving it (rule {rule.Id}) and tells you the result.");
        }

        return chrome.T($"认证机构将及时评审申请（规则 {rule.Id}），并通知您结果。",
            $"The certification body reviews the application promptly (rule {rule.Id}) and tells you the result.");
    }

    /// <summary>What follows a submission with materials missing.</summary>
    public static string Incomplete(PortalChrome chrome)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        return chrome.T(
            "材料不全时，评审人员会一次性发出缺件通知，列明所缺的全部材料；评审计时暂停，直到您通过新链接补齐材料。缺件通知只发一次，请届时一次交齐。",
            "With materials missing, the reviewer sends one deficiency notice listing everything missing; the review clock stops until you send the items through a new link. The notice is sent only once, so please send everything then.");
    }

    /// <summary>The sentence of the receipt and the submitted page for the step that was answered.</summary>
    public static string After(PortalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Step.Kind == ApplicationFormHandler.StepKind
            ? Review(state.RuleSet, state.Chrome)
            : state.T("认证机构将审阅您提交的内容并尽快办理；需要您再做什么时，会另行通知您。",
                "The certification body will look at what you sent and act on it; if anything more is needed from you, you will be told.");
    }
}
