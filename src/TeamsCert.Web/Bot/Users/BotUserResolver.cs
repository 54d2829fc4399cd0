using Microsoft.Extensions.Options;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;

namespace TeamsCert.Web.Bot.Users;

/// <summary>
/// Who is talking: the Teams sender as a staff member of the <see cref="StaffRoster"/>, or null (unknown, may do nothing).
/// Development maps Teams user ids through <c>Bot:DevelopmentUsers</c> first; then the Entra object id; then the UPN or
/// e-mail, asked once from the members API and remembered on the conversation reference.
/// </summary>
public sealed partial class BotUserResolver(
    StaffRoster roster, IOptions<BotOptions> options, IHostEnvironment environment, ConversationReferenceStore references,
    IBotConnector connector, ILogger<BotUserResolver> logger)
{
    public async Task<Person?> ResolveAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.From is not { Id: { Length: > 0 } userId } from)
        {
            return null;
        }

        if (environment.IsDevelopment() && options.Value.DevelopmentUsers.TryGetValue(userId, out var demoUser))
        {
            return roster.Find(demoUser);
        }

        if (roster.FindByAadObjectId(from.AadObjectId) is { } byObjectId)
        {
            return byObjectId;
        }

        var upn = from.ExtraString("userPrincipalName") ?? from.ExtraString("email") ?? await UserPrincipalNameAsync(activity, userId, cancellationToken);
        return roster.Find(upn);
    }

    private async Task<string?> UserPrincipalNameAsync(BotActivity activity, string userId, CancellationToken cancellationToken)
    {
        var channelId = activity.ChannelId ?? "msteams";
        if (await references.UserPrincipalNameAsync(channelId, userId, cancellationToken) is { } known)
        {
            return known;
        }

        if (activity.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversationId)
        {
            return null;
        }

        try
        {
            var members = await connector.GetMembersAsync(serviceUrl, conversationId, cancellationToken);
            var me = members.FirstOrDefault(m => m.Id == userId);
            var upn = me?.ExtraString("userPrincipalName") ?? me?.ExtraString("email");
            if (upn is not null)
            {
                await references.RememberUserPrincipalNameAsync(channelId, userId, upn, cancellationToken);
            }

            return upn;
        }
        catch (BotConnectorException e)
        {
            // Without the UPN the user stays unknown for this activity; the next one asks again.
            MembersUnavailable(logger, e, conversationId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the members of conversation {ConversationId} to identify a user")]
    private static partial void MembersUnavailable(ILogger logger, Exception exception, string conversationId);
}
