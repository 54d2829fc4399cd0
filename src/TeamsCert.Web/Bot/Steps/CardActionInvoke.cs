using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Links;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// <c>adaptiveCard/action</c>: who clicks, which verb, the case-access gate for that verb's operation, then the use case;
/// every answer is a card in the HTTP body. Domain refusals (the gate's too) become refusal cards with the rule id; an
/// unexpected error becomes one with a correlation id (logged).
/// </summary>
public sealed partial class CardActionInvoke(
    BotUserResolver users, StepActInvoke act, StepViewInvoke view, StepReassignInvoke reassign, LinkCardInvoke links, CaseStore store,
    CaseAccessGate access, RefusalCardBuilder refusalCard, ILogger<CardActionInvoke> logger)
{
    public async Task<AdaptiveCard> HandleAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var locale = activity.Locale;
        if (await users.ResolveAsync(activity, cancellationToken) is not { } user)
        {
            return refusalCard.Build(Refusals.NotStaff(), locale);
        }

        var request = CardActionRequest.From(activity);
        var isLink = request is not null && CardVerbs.IsLinkVerb(request.Verb);
        if (request is not { CaseId: { } caseId } || (request.StepId is null && !isLink))
        {
            return refusalCard.Build(Refusals.NotFound(null), locale);
        }

        var stepId = request.StepId.GetValueOrDefault();

        try
        {
            if (OperationOf(request.Verb) is { } operation)
            {
                await access.EnsureAsync(store, caseId, user.ToActor(), operation, "bot." + request.Verb, cancellationToken);
            }

            var card = request.Verb switch
            {
                _ when isLink => await links.HandleAsync(request, user, locale, cancellationToken),
                CardVerbs.Act => await act.ActAsync(activity, request, caseId, stepId, user, cancellationToken),
                CardVerbs.Refresh or CardVerbs.Show => await view.ShowAsync(caseId, stepId, user, activity.From?.Id, locale, cancellationToken),
                CardVerbs.Reassign => await reassign.ReassignAsync(request, caseId, stepId, user, locale, cancellationToken),
                _ => null,
            };
            return card ?? refusalCard.Build(Refusals.NotFound(null), locale);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var header = await HeaderAsync(caseId, cancellationToken);
            if (Refusals.From(e, header) is { } refusal)
            {
                return refusalCard.Build(refusal, locale);
            }

            var correlationId = Guid.NewGuid().ToString("N")[..12];
            Failed(logger, e, request.Verb, activity.Id, correlationId);
            return refusalCard.Build(Refusals.Unexpected(correlationId), locale);
        }
    }

    /// <summary>What each verb does to the case, in the terms of the access table; null for a verb the bot does not know.</summary>
    public static CaseOperation? OperationOf(string verb) => verb switch
    {
        CardVerbs.Act or CardVerbs.Reassign => CaseOperation.ActOnStep,
        CardVerbs.Refresh or CardVerbs.Show => CaseOperation.ViewCase,
        CardVerbs.LinkShow => CaseOperation.ListLinks,
        CardVerbs.LinkCreate or CardVerbs.LinkRevoke => CaseOperation.ManageLinks,
        _ => null,
    };

    private async Task<CardCase?> HeaderAsync(Guid caseId, CancellationToken cancellationToken)
    {
        try
        {
            store.Reset();
            return await store.LoadAsync(caseId, cancellationToken) is { } @case ? StepOutcomes.Header(@case) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The header only decorates the refusal; the refusal itself must still be answered.
            HeaderUnavailable(logger, e, caseId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Card action {Verb} of activity {ActivityId} failed (correlation id {CorrelationId})")]
    private static partial void Failed(ILogger logger, Exception exception, string verb, string? activityId, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} could not be loaded for a refusal card")]
    private static partial void HeaderUnavailable(ILogger logger, Exception exception, Guid caseId);
}
