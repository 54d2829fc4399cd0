using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Labels of the step inputs, keyed by the <c>data</c> key the step handler reads.</summary>
public static class InputTexts
{
    private static readonly Dictionary<string, LocalizedText> _labels = new(StringComparer.Ordinal)
    {
        ["comment"] = new("备注", "Comment"),
        ["reason"] = new("理由", "Reason"),
        ["reasons"] = new("决定理由（不予认证、暂停、撤销时必填）", "Reasons (required to refuse, suspend or revoke)"),
        ["missing"] = new("补正通知所列材料（已勾选提交时缺少的材料）", "Materials the notice asks for (those missing at submission are ticked)"),
        ["materials"] = new("已补交的材料", "Materials supplied"),
        ["manualPersonDays"] = new("人工确定的审核人日（A-15）", "Manual audit time in person-days (A-15)"),
        ["justification"] = new("说明", "Justification"),
        ["combination"] = new("审核模式组合（如 A+C）", "Mode combination (e.g. A+C)"),
        ["designResponsibility"] = new("承担服务设计责任", "Responsible for service design"),
        ["contact"] = new("接触方式", "Contact type"),
        ["fieldCode"] = new("专业代码", "Field code"),
        ["mysteryShopper"] = new("神秘顾客", "Mystery shopper"),
        ["mysteryShoppingArranged"] = new("已安排神秘顾客暗访", "Mystery shopping arranged"),
        ["contractDate"] = new("合同签订日期", "Contract date"),
        ["pickedLeader"] = new("审核组长", "Team leader"),
        ["pickedAuditors"] = new("审核员", "Auditors"),
        ["plannedStart"] = new("计划开始日期", "Planned start"),
        ["plannedEnd"] = new("计划结束日期", "Planned end"),
        ["conflictOfInterest"] = new("利益冲突声明", "Conflict of interest"),
        ["conflictDetails"] = new("利益冲突说明（存在利益冲突时必填）", "The conflict of interest (required if there is one)"),
        ["onSiteStart"] = new("现场审核开始日期", "On-site audit start"),
        ["date"] = new("暗访日期", "Date of the visit"),
        ["start"] = new("开始日期", "Start date"),
        ["end"] = new("结束日期", "End date"),
        ["findings"] = new("审核发现（JSON 列表）", "Findings (JSON list)"),
        ["score"] = new("评分表（JSON）", "Score sheet (JSON)"),
        ["actions"] = new("纠正措施", "Corrective actions"),
        ["outcome"] = new("决定", "Outcome"),
        ["trigger"] = new("触发原因", "Reason (trigger)"),
        ["information"] = new("补充的信息", "Information supplied"),
        ["validFrom"] = new("有效期起始日（换证时可选）", "Valid from (renewal, optional)"),
        ["complaints"] = new("认证周期内的投诉情况", "Complaints in the cycle"),
        ["verifiedOn"] = new("验证日期", "Verified on"),
        ["removed"] = new("删除的范围（分号分隔）", "Scope removed (separated by ;)"),
        ["description"] = new("说明", "Description"),
        ["shortNotice"] = new("短时间通知的审核", "Short-notice audit"),
        ["extraCareNote"] = new("短时间通知时采取的额外措施", "Extra care taken at short notice"),
        ["significantChange"] = new("有重大变化", "Significant change"),
        ["evidence"] = new("纠正证据", "Evidence of correction"),
        ["category"] = new("信息类别", "Category"),
        ["summary"] = new("内容摘要", "Summary"),
        ["receivedOn"] = new("收到日期", "Received on"),
        ["serious"] = new("重大投诉或严重事故（立即通知管理层）", "Major complaint or serious incident (managers told at once)"),
        ["measure"] = new("采取的措施", "Measure taken"),
        ["intervalMonths"] = new("增加频次后的监督间隔（月，1–11）", "Months between surveillances when increased (1–11)"),
        ["frequencyDecision"] = new("监督频次（A-36）", "Surveillance frequency (A-36)"),
        ["frequencyJustification"] = new("频次决定的理由", "Reason for the frequency decision"),
    };

    public static bool Has(string key) => _labels.ContainsKey(key);

    public static LocalizedText Label(string key) => _labels.TryGetValue(key, out var label) ? label : new(key, key);
}
