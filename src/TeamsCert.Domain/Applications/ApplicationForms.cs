namespace TeamsCert.Domain.Applications;

/// <summary>
/// The application form of each scheme, from its rules: LS 000 附录A and CC9 003 附录A (认证申请表 A.1–A.6), TEL 002 §9.1.1
/// (申请书 and 信息收集表), AS 004 §5.1.2–5.1.3. Every form shares the basic information, the scope and size used for the
/// audit time (§2.4) and the declaration; the field codes below are the keys of a submission.
/// </summary>
public static partial class ApplicationForms
{
    private static readonly Dictionary<string, ApplicationFormDefinition> _forms = new(StringComparer.Ordinal)
    {
        ["LS"] = Ls(),
        ["CC9"] = Cc9(),
        ["TEL"] = Tel(),
        ["AS"] = As(),
    };

    public static IReadOnlyCollection<string> Schemes => _forms.Keys;

    public static ApplicationFormDefinition For(string scheme) =>
        _forms.TryGetValue(scheme, out var form) ? form : throw new InvalidInputException("scheme", $"没有方案 {scheme} 的申请书 / no application form for scheme {scheme}");

    private static FormSection Basic(string code, params FormField[] extra) => new(code, new("基本信息", "Basic information"),
    [
        new("organization", new("申请组织名称", "Applicant organisation"), FormFieldType.Text, Required: true),
        new("organizationCode", new("统一社会信用代码", "Unified social credit code"), FormFieldType.CreditCode)
        {
            Hint = new("18 位，见营业执照", "18 characters, as on the business licence"),
        },
        new("address", new("申请组织地址", "Address"), FormFieldType.Text, Required: true),
        new("legalRepresentative", new("法定代表人", "Legal representative"), FormFieldType.Text, Required: true),
        new("contactName", new("联系人", "Contact person"), FormFieldType.Text, Required: true),
        new("contactPhone", new("联系电话", "Telephone"), FormFieldType.Phone, Required: true),
        new("contactEmail", new("电子邮箱", "E-mail"), FormFieldType.Email, Required: true)
        {
            Hint = new("认证机构的链接和通知发送至此邮箱", "The certification body sends its links and notices here"),
        },
        new("foundedOn", new("组织成立时间", "Organisation founded on"), FormFieldType.Date),
        .. extra,
    ]);

    private static FormSection ScopeAndSize(LocalizedText scopeLabel) => new("scope", new("认证范围与规模", "Scope and size"),
    [
        new("scope", scopeLabel, FormFieldType.MultilineText, Required: true),
        new("personnel", new("有效人数", "Effective personnel"), FormFieldType.WholeNumber, Required: true)
        {
            Minimum = InputLimits.Personnel.Min,
            Maximum = InputLimits.Personnel.Max,
            Hint = new("用于核算审核人日", "Used to calculate the audit time"),
        },
        new("sites", new("场所数", "Number of sites"), FormFieldType.WholeNumber, Required: true)
        {
            Minimum = InputLimits.Sites.Min,
            Maximum = InputLimits.Sites.Max,
        },
    ]);

    private static FormSection Declaration(string improvement) => new("declaration", new("申请声明", "Declaration"),
    [
        new("declaration", new(
            $"本组织声明：所提供的申请材料真实、准确、完整；愿意接受认证机构的审核和监督；承诺遵守认证规则的各项要求；承诺持续改进{improvement.Split('|')[0]}。",
            $"We declare that the materials are true, accurate and complete; we accept the body's audits and surveillance; we will follow the certification rules; and we will keep improving {improvement.Split('|')[1]}."),
            FormFieldType.Consent, Required: true),
    ]);

    /// <summary>A row of a "现状描述 / 改进计划" table: two multi-line fields, <c>{code}Status</c> and <c>{code}Plan</c>.</summary>
    private static IEnumerable<FormField> Current(string code, string zh, string en) =>
    [
        new($"{code}Status", new($"{zh}：现状描述", $"{en}: current state"), FormFieldType.MultilineText),
        new($"{code}Plan", new($"{zh}：改进计划", $"{en}: improvement plan"), FormFieldType.MultilineText),
    ];

    /// <summary>A row of the "绩效指标" table: <c>{code}Target</c> (目标值) and <c>{code}Actual</c> (实际值).</summary>
    private static IEnumerable<FormField> Indicator(string code, string zh, string en) =>
    [
        new($"{code}Target", new($"{zh}：目标值", $"{en}: target"), FormFieldType.Text),
        new($"{code}Actual", new($"{zh}：实际值", $"{en}: actual"), FormFieldType.Text),
    ];

    private static FormField Lines(string code, string zh, string en, bool required = false) => new(code, new(zh, en), FormFieldType.MultilineText, required);
}
