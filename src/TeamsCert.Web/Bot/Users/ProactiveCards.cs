using TeamsCert.Domain.AuditTeams;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.Web.Bot.Users;

/// <summary>
/// Sends a card to a staff member's stored conversation. Someone who never talked to the bot has no reference: that is
/// logged and skipped (false), not an error. A connector failure throws, so an outbox message is retried.
/// </summary>
public sealed partial class ProactiveCards(StaffAddressBook addresses, IBotConnector connector, ILogger<ProactiveCards> logger)
{
    /// <param name="card">The card in the recipient's stored locale.</param>
    public Task<bool> SendAsync(Person person, Func<string?, AdaptiveCard> card, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        return SendAsync(person, locale => Task.FromResult(card(locale)), what, cancellationToken);
    }

    /// <param name="card">Builds the card in the recipient's stored locale (only when they can be reached).</param>
    public async Task<bool> SendAsync(Person person, Func<string?, Task<AdaptiveCard>> card, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(card);
        if (await addresses.FindAsync(person, cancellationToken) is not { } reference)
        {
            NoReference(logger, what, person.Id);
            return false;
        }

        await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, CardActivities.Message(await card(reference.Locale), reference.Locale), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No conversation with {PersonId} yet; {What} not sent to them")]
    private static partial void NoReference(ILogger logger, string what, string personId);
}
