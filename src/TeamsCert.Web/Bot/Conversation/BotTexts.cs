using TeamsCert.Domain;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>The bot's own short answers; always both languages, Chinese first, as staff may read either.</summary>
public static class BotTexts
{
    public const string NotRegisteredId = "NOT-STAFF";

    /// <summary>The same bilingual line in both languages: the reader may not have set a Teams language yet.</summary>
    public static readonly LocalizedText NotRegistered = new(
        "你的 Teams 账号尚未登记为认证机构人员，请联系管理员 / your Teams account is not registered as CB staff; please contact the administrator",
        "你的 Teams 账号尚未登记为认证机构人员，请联系管理员 / your Teams account is not registered as CB staff; please contact the administrator");

    public static readonly LocalizedText Hint = new(
        "没有听懂。可以输入“我的任务”、“案件 编号”或“帮助”。/ Not understood: try \"my tasks\", \"case <number>\" or \"help\".",
        "Not understood: try \"my tasks\", \"case <number>\" or \"help\". / 没有听懂：可以输入“我的任务”、“案件 编号”或“帮助”。");

    public static readonly LocalizedText CaseNotFound = new(
        "没有找到案件 {0}。/ No case {0} was found.",
        "No case {0} was found. / 没有找到案件 {0}。");

    public static readonly LocalizedText UnknownStep = new(
        "没有找到该案件或步骤 / the case or step was not found",
        "The case or step was not found / 没有找到该案件或步骤");

    public static readonly LocalizedText Unexpected = new(
        "处理出错，请联系管理员并提供编号 / something went wrong; contact support with the id below",
        "Something went wrong; contact support with the id below / 处理出错，请联系管理员并提供编号");
}
