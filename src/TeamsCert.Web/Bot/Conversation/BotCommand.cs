using System.Text.RegularExpressions;

using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>What a text message asks for: help, my tasks, a case by number, or something not understood.</summary>
public sealed partial record BotCommand(BotCommandKind Kind, string? Argument = null)
{
    /// <summary>
    /// The language the command was written in: Chinese for "我的任务", "帮助", "案件 …" (or any Chinese text), English for
    /// "my tasks", "help", "case …"; null when the words say nothing (e.g. "?"), and the client's locale decides.
    /// </summary>
    public UiLanguage? Language { get; init; }

    /// <summary>Reads a message's text after removing Teams @mentions (<c>&lt;at&gt;…&lt;/at&gt;</c>) and any other markup.</summary>
    public static BotCommand Parse(string? text)
    {
        var plain = Tags().Replace(Mentions().Replace(text ?? string.Empty, " "), " ");
        plain = System.Net.WebUtility.HtmlDecode(plain).Trim();
        var words = Spaces().Replace(plain, " ").ToLowerInvariant();
        var language = plain.Any(IsChinese) ? UiLanguage.Chinese : plain.Any(char.IsAsciiLetter) ? UiLanguage.English : null;
        return Read(plain, words) with { Language = language };
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uff00' and <= '\uffef';

    private static BotCommand Read(string plain, string words)
    {
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
