using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Texts shared by several cards; <c>{0}</c>-style templates are filled by <see cref="UiLanguage.F"/>.</summary>
public static class CommonTexts
{
    public static readonly LocalizedText CaseNumber = new("案件编号", "Case");
    public static readonly LocalizedText Organization = new("组织", "Organisation");
    public static readonly LocalizedText Scheme = new("认证项目", "Scheme");
    public static readonly LocalizedText Stage = new("阶段", "Stage");
    public static readonly LocalizedText DueOn = new("截止日期", "Due");
    public static readonly LocalizedText Rule = new("规则", "Rule");
    public static readonly LocalizedText TimeLeft = new("剩余时间", "Time left");
    public static readonly LocalizedText NoDueDate = new("无截止日期", "No due date");
    public static readonly LocalizedText Provisional = new("（按暂定日历计算）", " (provisional calendar)");
    public static readonly LocalizedText Paused = new("计时已暂停（A-06）", "Clock paused (A-06)");
    public static readonly LocalizedText WorkingDaysLeft = new("剩余 {0} 个工作日", "{0} working days left");
    public static readonly LocalizedText DueToday = new("今天到期", "Due today");
    public static readonly LocalizedText Overdue = new("已逾期 {0} 个工作日", "Overdue by {0} working days");
    public static readonly LocalizedText Documents = new("查看案件文件", "Case documents");
    public static readonly LocalizedText ToAct = new("待处理人：{0}", "To act: {0}");
    public static readonly LocalizedText ReadOnly = new("您可查看此步骤，但无权处理。", "You can view this step but not act on it.");
    public static readonly LocalizedText Submit = new("提交", "Submit");
    public static readonly LocalizedText Open = new("打开", "Open");
    public static readonly LocalizedText Required = new("请填写此项", "This field is required");
    public static readonly LocalizedText ReasonRequired = new("请写明理由", "Please give a reason");
    public static readonly LocalizedText ChooseOne = new("请选择", "Please choose");
    public static readonly LocalizedText FieldRequired = new("请填写“{0}”", "“{0}” is required");
    public static readonly LocalizedText ChooseMaterials = new("请至少勾选一项材料", "Tick at least one material");
    public static readonly LocalizedText DateRequired = new("请选择日期", "Please choose a date");
    public static readonly LocalizedText Excluded = new("不可选的人员", "Not available");
    public static readonly LocalizedText NoEligible = new("没有符合条件的人员", "No eligible person");
    public static readonly LocalizedText JsonPlaceholder = new("JSON，如 [{\"grade\":\"minor\",\"clause\":\"5.1\",\"evidence\":\"…\"}]", "JSON, e.g. [{\"grade\":\"minor\",\"clause\":\"5.1\",\"evidence\":\"…\"}]");
}
