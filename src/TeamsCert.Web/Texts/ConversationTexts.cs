using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Texts of the welcome, help, my-tasks, case-summary and digest cards.</summary>
public static class ConversationTexts
{
    public static readonly LocalizedText WelcomeTitle = new("欢迎使用 TeamsCert，{0}", "Welcome to TeamsCert, {0}");
    public static readonly LocalizedText WelcomeLine = new("认证流程中需要您处理的每一步都会以卡片发到这里，到期前会提醒您。", "Every certification step you are to decide arrives here as a card, with a reminder before it is due.");
    public static readonly LocalizedText HelpTitle = new("TeamsCert 帮助", "TeamsCert help");
    public static readonly LocalizedText HelpLine = new("可以发送以下命令：", "You can send these commands:");
    public static readonly LocalizedText CommandTasks = new("我的任务", "my tasks");
    public static readonly LocalizedText CommandTasksHelp = new("列出您的待办步骤，最紧急的在前", "lists your pending steps, most urgent first");
    public static readonly LocalizedText CommandCase = new("案件 <编号>", "case <number>");
    public static readonly LocalizedText CommandCaseHelp = new("显示案件概况", "shows a case summary");
    public static readonly LocalizedText CommandHelp = new("帮助", "help");
    public static readonly LocalizedText CommandHelpHelp = new("显示本说明", "shows this help");
    public static readonly LocalizedText TasksTitle = new("{0} 的待办（{1}）", "Tasks of {0} ({1})");
    public static readonly LocalizedText NoTasks = new("目前没有待办步骤。", "You have no pending steps.");
    public static readonly LocalizedText PageOf = new("第 {0} / {1} 页（第 {2}–{3} 项，共 {4} 项）", "Page {0} of {1} (items {2}–{3} of {4})");
    public static readonly LocalizedText PreviousPage = new("上一页", "Previous page");
    public static readonly LocalizedText NextPage = new("下一页", "Next page");
    public static readonly LocalizedText More = new("另有 {0} 项未列出。", "{0} more not shown.");
    public static readonly LocalizedText SummaryTitle = new("案件 {0}", "Case {0}");
    public static readonly LocalizedText Scope = new("认证范围", "Scope");
    public static readonly LocalizedText ReceivedOn = new("受理日期", "Received");
    public static readonly LocalizedText Certificate = new("证书", "Certificate");
    public static readonly LocalizedText OpenSteps = new("进行中的步骤", "Open steps");
    public static readonly LocalizedText NoOpenSteps = new("没有进行中的步骤。", "No open steps.");
    public static readonly LocalizedText DigestTitle = new("每日摘要 {0}", "Daily digest {0}");
    public static readonly LocalizedText DigestOverdue = new("已逾期（{0}）", "Overdue ({0})");
    public static readonly LocalizedText DigestDueSoon = new("{1} 个工作日内到期（{0}）", "Due within {1} working days ({0})");
    public static readonly LocalizedText DigestNothing = new("没有逾期或即将到期的步骤。", "Nothing is overdue or due soon.");
}
