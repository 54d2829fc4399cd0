namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// Where and how to reach one user in one conversation proactively (reminders, escalations): saved from every message,
/// conversationUpdate and installationUpdate. Unique per (channel, user, conversation).
/// </summary>
public sealed class ConversationReferenceRow
{
    public Guid Id { get; set; }

    /// <summary>The channel's user id (Teams: <c>29:…</c>).</summary>
    public string UserId { get; set; } = "";

    /// <summary>Entra object id of the user, when the channel sends it.</summary>
    public string? AadObjectId { get; set; }

    public string? UserName { get; set; }

    /// <summary>User principal name or e-mail, when known (Teams sends it only through the members API).</summary>
    public string? UserPrincipalName { get; set; }

    public string ChannelId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public string ServiceUrl { get; set; } = "";

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    public string? BotName { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
