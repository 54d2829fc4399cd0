namespace TeamsCert.Web.Bot.Conversation;

/// <summary>The commands a text message can carry.</summary>
public enum BotCommandKind
{
    Unknown,
    Help,
    MyTasks,
    Case,
}
