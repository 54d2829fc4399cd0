using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>The title and description of every step kind the runtime opens (a test checks none is missing).</summary>
public static class StepTexts
{
    public static IReadOnlyDictionary<string, StepText> All { get; } = new Dictionary<string, StepText>(StringComparer.Ordinal)
    {
        ["application-form"] = S("填写认证申请书", "Application form", "申请方通过链接在线填写认证申请书并上传申请材料。", "The applicant fills in the application form online through a link and uploads the materials."),
        ["application-review"] = S("申请评审", "Application review", "评审申请材料：受理、发出一次性补正通知或不予受理。", "Review the application: accept it, send the one-time deficiency notice, or reject it."),
        ["applicant-documents"] = S("补交材料", "Supply missing documents", "申请方补交补正通知所列材料。", "The applicant supplies the materials listed in the deficiency notice."),
        ["audit-programme"] = S("编制审核方案", "Audit programme", "提出审核方案与审核人日。", "Propose the audit programme and its audit time."),
        ["programme-confirmation"] = S("确认审核方案", "Confirm the audit programme", "申请方确认审核方案。", "The applicant confirms the audit programme."),
        ["contract"] = S("签订合同", "Sign the contract", "记录认证合同的签订日期。", "Record the date the certification contract was signed."),
        ["team-assignment"] = S("组建审核组", "Assign the audit team", "从合格且无利益冲突的审核员中选定组长和组员。", "Choose the team leader and auditors among qualified, conflict-free auditors."),
        ["team-acceptance"] = S("接受审核任务", "Accept the audit assignment", "确认接受任务并声明利益冲突，或说明理由拒绝。", "Accept the assignment and declare any conflict of interest, or decline with a reason."),
        ["audit-plan"] = S("发送审核计划", "Send the audit plan", "向申请方发送审核计划并记录现场审核开始日期。", "Send the audit plan to the applicant with the on-site start date."),
        ["plan-acknowledgement"] = S("确认审核计划", "Acknowledge the audit plan", "申请方确认收到审核计划。", "The applicant acknowledges the audit plan."),
        ["mystery-shopping"] = S("神秘顾客暗访", "Mystery shopping", "记录暗访日期。", "Record the date of the mystery shopping."),
        ["stage1-audit"] = S("第一阶段审核", "Stage 1 audit", "记录第一阶段审核日期与发现。", "Record the stage 1 audit dates and findings."),
        ["stage2-audit"] = S("第二阶段审核", "Stage 2 audit", "记录第二阶段审核日期、发现与评分。", "Record the stage 2 audit dates, findings and score."),
        ["corrective-actions"] = S("提交纠正措施", "Submit corrective actions", "申请方提交对不符合项的纠正措施。", "The applicant submits corrective actions for the nonconformities."),
        ["corrective-action-verification"] = S("验证纠正措施", "Verify corrective actions", "审核组长验证纠正措施，或说明理由退回。", "The team leader verifies the corrective actions or rejects them with a reason."),
        ["report-approval"] = S("批准审核报告", "Approve the audit report", "审核组长批准审核报告。", "The team leader approves the audit report."),
        ["committee-report-approval"] = S("技术委员会批准报告", "Committee report approval", "技术委员会批准审核报告。", "The technical committee approves the audit report."),
        ["certification-decision"] = S("认证决定", "Certification decision", "作出认证决定；不予认证须写明理由。", "Decide on certification; a refusal needs written reasons."),
        ["supply-information"] = S("补充信息", "Supply information", "申请方补充认证决定所需的信息。", "The applicant supplies the information the decision needs."),
        ["decision-notification"] = S("通知认证决定", "Notify the decision", "通知认证决定并签发证书。", "Notify the decision and issue the certificate."),
        ["surveillance-team-assignment"] = S("组建监督审核组", "Assign the surveillance team", "为监督审核选定审核组。", "Choose the surveillance audit team."),
        ["surveillance-team-acceptance"] = S("接受监督审核任务", "Accept the surveillance assignment", "确认接受任务并声明利益冲突，或说明理由拒绝。", "Accept and declare any conflict of interest, or decline with a reason."),
        ["surveillance-audit-plan"] = S("发送监督审核计划", "Send the surveillance plan", "向申请方发送监督审核计划。", "Send the surveillance audit plan to the applicant."),
        ["surveillance-plan-acknowledgement"] = S("确认监督审核计划", "Acknowledge the surveillance plan", "申请方确认收到监督审核计划。", "The applicant acknowledges the surveillance plan."),
        ["surveillance-audit"] = S("监督审核", "Surveillance audit", "记录监督审核的日期与结果。", "Record the surveillance audit dates and results."),
        ["surveillance-decision"] = S("监督决定", "Surveillance decision", "决定保持、暂停或撤销证书。", "Decide to maintain, suspend or revoke the certificate."),
        ["certificate-status"] = S("证书状态", "Certificate status", "暂停、恢复、撤销、注销或缩小证书范围，提出特殊审核、纠正误用的要求，或登记信息通报。", "Suspend, restore, revoke, cancel or reduce the scope, request a special audit or a misuse correction, or record reported information."),
        ["status-publication"] = S("公布证书状态", "Publish the certificate status", "公布证书状态的变化。", "Publish the change of the certificate status."),
        ["certificate-expiry"] = S("证书到期", "Certificate expiry", "有效期届满且未作出再认证决定时，登记证书失效。", "Record the end of the certificate when validity ends without recertification."),
        ["recertification-application"] = S("再认证申请", "Recertification application", "申请方申请再认证并说明是否有重大变化。", "The applicant applies for recertification and states any significant change."),
        ["special-audit"] = S("特殊审核", "Special audit", "记录特殊审核的日期、发现与评分。", "Record the special audit's dates, findings and score."),
        ["special-audit-decision"] = S("特殊审核决定", "Special audit decision", "根据特殊审核决定保持、暂停或撤销证书。", "Decide to maintain, suspend or revoke after the special audit."),
        ["information-analysis"] = S("信息通报分析", "Reported information", "分析获证组织通报或收集到的信息，决定安排特殊审核、增加监督频次或不采取措施。", "Analyse what was reported or learned and decide on a special audit, more frequent surveillance or no measure."),
        ["misuse-correction"] = S("纠正证书误用", "Misuse correction", "记录获证组织纠正证书误用的证据。", "Record the evidence that the misuse of the certificate was corrected."),
    };

    public static StepText For(string kind) =>
        All.TryGetValue(kind, out var text) ? text : new StepText(new LocalizedText(kind, kind), new LocalizedText(string.Empty, string.Empty));

    private static StepText S(string zhTitle, string enTitle, string zhDescription, string enDescription) =>
        new(new LocalizedText(zhTitle, enTitle), new LocalizedText(zhDescription, enDescription));
}
