using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Button labels of the step actions and the past tense used by the outcome card.</summary>
public static class ActionTexts
{
    private static readonly Dictionary<string, (LocalizedText Label, LocalizedText Done)> _all = new(StringComparer.Ordinal)
    {
        ["accept"] = (L("接受", "Accept"), L("接受了", "accepted")),
        ["deficiency"] = (L("发出补正通知", "Send deficiency notice"), L("发出了补正通知", "sent the deficiency notice for")),
        ["reject"] = (L("退回", "Reject"), L("退回了", "rejected")),
        ["supply"] = (L("提交", "Supply"), L("提交了", "supplied")),
        ["propose"] = (L("提出方案", "Propose"), L("提出了", "proposed")),
        ["confirm"] = (L("确认", "Confirm"), L("确认了", "confirmed")),
        ["sign"] = (L("登记签订", "Record signing"), L("登记了", "recorded")),
        ["assign"] = (L("指派", "Assign"), L("指派了", "assigned")),
        ["decline"] = (L("拒绝", "Decline"), L("拒绝了", "declined")),
        ["send"] = (L("发送", "Send"), L("发送了", "sent")),
        ["acknowledge"] = (L("确认收到", "Acknowledge"), L("确认收到了", "acknowledged")),
        ["record"] = (L("记录", "Record"), L("记录了", "recorded")),
        ["complete"] = (L("完成", "Complete"), L("完成了", "completed")),
        ["submit"] = (L("提交", "Submit"), L("提交了", "submitted")),
        ["verify"] = (L("验证通过", "Verify"), L("验证了", "verified")),
        ["approve"] = (L("批准", "Approve"), L("批准了", "approved")),
        ["decide"] = (L("作出决定", "Decide"), L("作出了决定：", "decided")),
        ["notify"] = (L("通知并发证", "Notify and issue"), L("通知了", "notified")),
        ["suspend"] = (L("暂停", "Suspend"), L("暂停了证书：", "suspended the certificate of")),
        ["restore"] = (L("恢复", "Restore"), L("恢复了证书：", "restored the certificate of")),
        ["revoke"] = (L("撤销", "Revoke"), L("撤销了证书：", "revoked the certificate of")),
        ["cancel"] = (L("注销", "Cancel"), L("注销了证书：", "cancelled the certificate of")),
        ["reduce-scope"] = (L("缩小范围", "Reduce scope"), L("缩小了范围：", "reduced the scope of")),
        ["special-audit-request"] = (L("要求特殊审核", "Request special audit"), L("要求特殊审核：", "requested a special audit of")),
        ["misuse-correction-request"] = (L("要求纠正误用", "Request misuse correction"), L("要求纠正误用：", "requested a misuse correction of")),
        ["report-information"] = (L("登记信息通报", "Record reported information"), L("登记了信息通报：", "recorded reported information for")),
        ["close"] = (L("结束分析", "Close the analysis"), L("结束了分析：", "closed the analysis of")),
        ["special-audit"] = (L("安排特殊审核", "Arrange a special audit"), L("安排了特殊审核：", "arranged a special audit of")),
        ["publish"] = (L("公布", "Publish"), L("公布了", "published")),
        ["expire"] = (L("登记失效", "Record expiry"), L("登记了失效：", "recorded the expiry of")),
        ["apply"] = (L("申请", "Apply"), L("申请了", "applied for")),
        ["corrected"] = (L("已纠正", "Corrected"), L("登记了纠正：", "recorded the correction of")),
    };

    /// <summary>
    /// The same action code means different decisions in different steps; there the step's own decision word is the
    /// button's word (application review: 不予受理 is a final refusal, not a return for rework).
    /// </summary>
    private static readonly Dictionary<(string Kind, string Action), (LocalizedText Label, LocalizedText Done)> _byStep = new()
    {
        [("application-review", "accept")] = (L("受理", "Accept"), L("受理了", "accepted")),
        [("application-review", "reject")] = (L("不予受理", "Refuse the application"), L("不予受理", "refused")),
        [("corrective-action-verification", "reject")] = (L("退回", "Return"), L("退回了", "returned")),
        [("team-acceptance", "accept")] = (L("接受任务", "Accept"), L("接受了", "accepted")),
        [("surveillance-team-acceptance", "accept")] = (L("接受任务", "Accept"), L("接受了", "accepted")),
        [("team-acceptance", "decline")] = (L("拒绝任务", "Decline"), L("拒绝了", "declined")),
        [("surveillance-team-acceptance", "decline")] = (L("拒绝任务", "Decline"), L("拒绝了", "declined")),
    };

    /// <summary>Actions whose answer is negative: the comment or reason they take is required on the card.</summary>
    public static IReadOnlySet<string> Negative { get; } =
        new HashSet<string>(["reject", "decline", "deficiency", "suspend", "revoke", "cancel", "reduce-scope"], StringComparer.Ordinal);

    public static bool Has(string action) => _all.ContainsKey(action);

    public static LocalizedText Label(string action) => _all.TryGetValue(action, out var t) ? t.Label : L(action, action);

    /// <summary>The button word of an action in a given step (the step's decision word where it has one).</summary>
    public static LocalizedText Label(string kind, string action) =>
        _byStep.TryGetValue((kind, action), out var t) ? t.Label : Label(action);

    /// <summary>The past tense of an action in a given step.</summary>
    public static LocalizedText Done(string kind, string action) =>
        _byStep.TryGetValue((kind, action), out var t) ? t.Done : Done(action);

    public static LocalizedText Done(string action) => _all.TryGetValue(action, out var t) ? t.Done : L(action, action);

    private static LocalizedText L(string zh, string en) => new(zh, en);
}
