namespace TeamsCert.Domain.Links;

/// <summary>What each purpose is called and what the applicant is asked to do, zh-CN first, then English.</summary>
public static class LinkPurposeTexts
{
    private static readonly Dictionary<string, (LocalizedText Title, LocalizedText Ask)> _texts = new(StringComparer.Ordinal)
    {
        [SharedLinkPurposes.ApplicationForm] = (new("认证申请书", "Application form"),
            new("请填写并提交认证申请书（附录A）。", "Please fill in and submit the certification application form (Annex A).")),
        [SharedLinkPurposes.Documents] = (new("补交申请材料", "Documents requested"),
            new("请按缺件通知补交所列全部材料。", "Please send every item listed in the deficiency notice.")),
        [SharedLinkPurposes.CorrectiveActions] = (new("纠正措施", "Corrective actions"),
            new("请针对审核发现的每项不符合提交纠正措施及证据。", "Please submit corrective actions with evidence for each audit finding.")),
        [SharedLinkPurposes.PlanAcknowledgement] = (new("审核计划确认", "Audit plan acknowledgement"),
            new("请阅读并确认审核计划。", "Please read and acknowledge the audit plan.")),
        [SharedLinkPurposes.ProgrammeConfirmation] = (new("审核方案确认", "Audit programme confirmation"),
            new("请阅读并确认审核方案。", "Please read and confirm the audit programme.")),
    };

    public static bool Has(string purpose) => _texts.ContainsKey(purpose);

    public static LocalizedText Title(string purpose) => _texts[purpose].Title;

    public static LocalizedText Ask(string purpose) => _texts[purpose].Ask;
}
