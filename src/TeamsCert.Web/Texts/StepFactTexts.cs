using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Texts of the facts a step card shows the decider: the application, its materials, findings and history.</summary>
public static class StepFactTexts
{
    public static readonly LocalizedText Application = new("申请书（{0} 提交）", "Application (submitted {0})");
    public static readonly LocalizedText NoApplication = new("本案没有在线提交的申请书（由工作人员登记）。", "No application was submitted online for this case (staff opened it).");
    public static readonly LocalizedText MoreOfApplication = new("查看申请书其余内容（{0} 项）", "Show the rest of the application ({0} items)");
    public static readonly LocalizedText Materials = new("申请材料（已提交 {0} / 共 {1}）", "Materials ({0} of {1} submitted)");
    public static readonly LocalizedText Present = new("已提交", "Submitted");
    public static readonly LocalizedText Missing = new("缺少", "Missing");
    public static readonly LocalizedText CoveredByForm = new("已提交（在线申请书）", "Submitted (online form)");
    public static readonly LocalizedText Findings = new("审核发现（{0}）", "Audit findings ({0})");
    public static readonly LocalizedText NoFindings = new("审核未记录任何发现。", "The audits recorded no findings.");
    public static readonly LocalizedText MoreFindings = new("查看其余 {0} 项发现", "Show {0} more findings");
    public static readonly LocalizedText Clause = new("条款 {0}", "Clause {0}");
    public static readonly LocalizedText Score = new("评分", "Score");
    public static readonly LocalizedText CorrectiveActions = new("申请方提交的纠正措施", "Corrective actions submitted by the applicant");
    public static readonly LocalizedText Problem = new("请修改后重新提交：", "Please correct and submit again:");
    public static readonly LocalizedText BackToTasks = new("返回我的任务", "Back to my tasks");
}
