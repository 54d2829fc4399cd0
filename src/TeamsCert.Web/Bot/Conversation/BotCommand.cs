using System.Text.RegularExpressions;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>What a text message asks for: help, my tasks, a case by number, or something not understood.</summary>
public sealed partial record BotCommand(BotCommandKind Kind, string? Argument = null)
{
    /// <summary>Reads a message's text after removing Teams @mentions (<c>&lt;at&gt;…&lt;/at&gt;</c>) and any other markup.</summary>
    public static BotCommand Parse(string? text)
    {
        var plain = Tags().Replace(Mentions().Replace(text ?? string.Empty, " "), " ");
        plain = System.Net.WebUtility.HtmlDecode(plain).Trim();
        var words = Spaces().Replace(plain, " ").ToLowerInvariant();
        if (words is "help" or "帮助" or "?" or "？")
        {
            return new BotCommand(BotCommandKind.Help);
        }

        if (words is "my tasks" or "tasks" or "我的任务" or "任务")
        {
            return new BotCommand(BotCommandKind.MyTasks);
        }

        var caseMatch = CaseNumber().Match(plain);
        return caseMatch.Success ? new BotCommand(BotCommandKind.Case, caseMatch.Groups["number"].Value) : new BotCommand(BotCommandKind.Unknown);
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mentions();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:case|案件)\s*[:：#]?\s*(?<number>[A-Za-z0-9][A-Za-z0-9\-]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumber();
}
