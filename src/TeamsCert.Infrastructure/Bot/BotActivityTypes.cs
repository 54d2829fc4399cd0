namespace TeamsCert.Infrastructure.Bot;

/// <summary>The activity types the bot dispatches.</summary>
public static class BotActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
}
