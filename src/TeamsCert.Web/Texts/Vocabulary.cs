using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Web.Texts;

/// <summary>
/// The one place every surface (cards, tab, portal, register) gets the words for the product's codes: certificate
/// statuses, roles, stages, steps, journal events, link purposes, finding grades and audit kinds. A code without a word
/// is shown as a neutral "—"-like text, never as the code itself (<see cref="Has"/> lets tests find the gaps).
/// </summary>
public static class Vocabulary
{
    private static readonly Dictionary<string, LocalizedText> _events = new(StringComparer.Ordinal)
    {
        ["case.opened"] = new("案件已创建", "Case opened"),
        ["case.invited"] = new("已邀请申请方", "Applicant invited"),
        ["case.stage-changed"] = new("阶段变更", "Stage changed"),
        ["step.opened"] = new("步骤开始", "Step opened"),
        ["step.completed"] = new("步骤完成", "Step completed"),
        ["step.cancelled"] = new("步骤取消", "Step cancelled"),
        ["step.assigned"] = new("步骤已指派", "Step assigned"),
        ["step.reassigned"] = new("步骤改派", "Step reassigned"),
        ["step.delegated"] = new("步骤委托", "Step delegated"),
        ["step.reminded"] = new("已提醒", "Reminder sent"),
        ["deadline.reminder"] = new("期限提醒", "Deadline reminder"),
        ["deadline.overdue"] = new("已逾期", "Overdue"),
        ["deadline.recomputed"] = new("期限重新计算", "Deadline recomputed"),
        ["clock.resumed"] = new("恢复计时", "Clock resumed"),
        ["application.deficiency-notified"] = new("已发出一次性补正通知", "Deficiency notice sent"),
        ["programme.audit-time"] = new("审核人日已确定", "Audit time set"),
        ["programme.modes"] = new("认证模式已确定", "Certification modes set"),
        ["team.rule-warning"] = new("审核组规则提示", "Audit team warning"),
        ["audit.completed"] = new("审核完成", "Audit completed"),
        ["audit.scored"] = new("评分已记录", "Score recorded"),
        ["decision.more-information"] = new("要求补充信息", "More information requested"),
        ["certificate.issued"] = new("证书已签发", "Certificate issued"),
        ["certificate.renewed"] = new("证书已换发", "Certificate renewed"),
        ["certificate.status-changed"] = new("证书状态变更", "Certificate status changed"),
        ["certificate.scope-reduced"] = new("认证范围已缩小", "Scope reduced"),
        ["surveillance.rescheduled"] = new("监督审核已重新安排", "Surveillance rescheduled"),
        ["surveillance.frequency-decided"] = new("监督频次已确定", "Surveillance frequency decided"),
        ["recertification.reminder-set"] = new("再认证提醒已设定", "Recertification reminder set"),
        ["recertification.performance-considered"] = new("已考虑监督期间的表现", "Surveillance performance considered"),
        ["information.reported"] = new("已登记信息通报", "Information reported"),
        ["document.uploaded"] = new("文件已上传", "Document uploaded"),
        ["document.withdrawn"] = new("文件已移除", "Document removed"),
        ["document.downloaded"] = new("文件已下载", "Document downloaded"),
        ["link.created"] = new("已创建申请方链接", "Applicant link created"),
        ["link.emailed"] = new("已发送申请方链接", "Applicant link e-mailed"),
        ["link.revoked"] = new("申请方链接已撤销", "Applicant link revoked"),
        ["link.completed"] = new("申请方链接已用毕", "Applicant link used up"),
    };

    private static readonly Dictionary<string, LocalizedText> _audits = new(StringComparer.Ordinal)
    {
        ["stage1"] = new("第一阶段审核", "Stage 1 audit"),
        ["stage2"] = new("第二阶段审核", "Stage 2 audit"),
        ["surveillance"] = new("监督审核", "Surveillance audit"),
        ["special-audit"] = new("特殊审核", "Special audit"),
        ["recertification"] = new("再认证审核", "Recertification audit"),
        ["mystery-shopping"] = new("神秘顾客暗访", "Mystery shopping"),
    };

    private static readonly Dictionary<string, LocalizedText> _schemes = new(StringComparer.Ordinal)
    {
        ["LS"] = new("直播电商服务质量认证", "Live-streaming e-commerce service quality"),
        ["CC9"] = new("呼叫中心运营管理认证", "Call-centre operations management"),
        ["TEL"] = new("电信服务（呼叫中心服务）认证", "Telecom service (call centre)"),
        ["AS"] = new("商品售后服务认证", "After-sales service"),
    };

    /// <summary>A code no catalogue knows: shown as a neutral word rather than the code.</summary>
    public static readonly LocalizedText Unknown = new("（未命名）", "(unnamed)");

    public static LocalizedText Status(CertificateState state) => CertificateStatusText.Name(state);

    public static LocalizedText Role(string? code) => RoleTexts.Has(code) ? RoleTexts.For(code) : Unknown;

    public static LocalizedText Stage(CaseStage stage) => StageTexts.For(stage);

    /// <summary>A step kind's title (e.g. application-review → 申请评审).</summary>
    public static LocalizedText Step(string kind) => StepTexts.All.TryGetValue(kind, out var text) ? text.Title : Unknown;

    public static LocalizedText Event(string type) => _events.TryGetValue(type, out var text) ? text : Unknown;

    public static LocalizedText Purpose(string purpose) => LinkPurposeTexts.Has(purpose) ? LinkPurposeTexts.Title(purpose) : Unknown;

    public static LocalizedText Grade(FindingGrade grade) => grade switch
    {
        FindingGrade.Major => new("严重不符合", "Major nonconformity"),
        FindingGrade.Minor => new("一般不符合", "Minor nonconformity"),
        FindingGrade.Observation => new("观察项", "Observation"),
        _ => Unknown,
    };

    /// <summary>An audit's kind as the facts name it (stage1, stage2, surveillance, special-audit, recertification).</summary>
    public static LocalizedText Audit(string kind) => _audits.TryGetValue(kind, out var text) ? text : Unknown;

    /// <summary>The scheme's short name (one 认证项目; the code may stand beside it).</summary>
    public static LocalizedText Scheme(string code) => _schemes.TryGetValue(code, out var text) ? text : new(code, code);

    /// <summary>Whether the catalogue has a word for <paramref name="code"/> in <paramref name="family"/> (tests).</summary>
    public static bool Has(string family, string code) => family switch
    {
        "event" => _events.ContainsKey(code),
        "audit" => _audits.ContainsKey(code),
        "scheme" => _schemes.ContainsKey(code),
        "role" => RoleTexts.Has(code),
        "step" => StepTexts.All.ContainsKey(code),
        "purpose" => LinkPurposeTexts.Has(code),
        _ => false,
    };
}
