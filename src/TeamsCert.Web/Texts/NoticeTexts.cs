using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Texts of the outcome, refusal, reminder and escalation cards.</summary>
public static class NoticeTexts
{
    public static readonly LocalizedText OutcomeTitle = new("已处理：{0}", "Done: {0}");
    public static readonly LocalizedText OutcomeLine = new("{0} 于 {1} {2}「{3}」。", "{0} {2} “{3}” at {1}.");
    public static readonly LocalizedText OutcomeCode = new("结果", "Outcome");
    public static readonly LocalizedText Comment = new("备注", "Comment");
    public static readonly LocalizedText RefusalTitle = new("未能处理", "Not done");
    public static readonly LocalizedText Correlation = new("跟踪编号", "Correlation id");
    public static readonly LocalizedText AlreadyDecided = new("该步骤已由 {0} 于 {1} 处理。", "This step was already decided by {0} at {1}.");
    public static readonly LocalizedText NotYourRole = new("此步骤需要角色 {0}，您无权处理。", "This step needs the role {0}; you cannot act on it.");
    public static readonly LocalizedText ReminderTitle = new("提醒：{0}", "Reminder: {0}");
    public static readonly LocalizedText ReminderLine = new("此步骤将在 {0} 个工作日内到期。", "This step is due in {0} working days.");
    public static readonly LocalizedText ReminderToday = new("此步骤今天到期。", "This step is due today.");
    public static readonly LocalizedText ReminderOverdue = new("此步骤已逾期 {0} 个工作日。", "This step is overdue by {0} working days.");
    public static readonly LocalizedText EscalationTitle = new("逾期：{0}", "Overdue: {0}");
    public static readonly LocalizedText EscalationLine = new("此步骤已逾期 {0} 个工作日，当前处理人：{1}。请督促或改派。", "This step is overdue by {0} working days; it is with {1}. Follow up or reassign it.");
    public static readonly LocalizedText Reassign = new("改派", "Reassign");
    public static readonly LocalizedText NewAssignee = new("改派给", "Reassign to");
    public static readonly LocalizedText ReassignReason = new("改派理由", "Reason for reassigning");
}
