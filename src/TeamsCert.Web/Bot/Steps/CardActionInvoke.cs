using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Bot.Conversation;
using TeamsCert.Web.Bot.Links;
using TeamsCert.Web.Bot.Users;
using TeamsCert.Web.Errors;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// <c>adaptiveCard/action</c>: who clicks, which verb, the case-access gate for that verb's operation, then the use case;
/// every answer is a card in the HTTP body. Domain refusals (the gate's too) become refusal cards with the rule id; an
/// unexpected error becomes one with a correlation id (logged).
/// </summary>
public sealed partial class CardActionInvoke(
    BotUserResolver users, StepActInvoke act, StepViewInvoke view, StepReassignInvoke reassign, LinkCardInvoke links, CaseStore store,
    CaseAccessGate access, RefusalCardBuilder refusalCard, StepCardFactory stepCards, MyStepsQuery tasks, MyStepsCardBuilder tasksCard,
    TimeProvider time, ILogger<CardActionInvoke> logger)
{
    public async Task<AdaptiveCard> HandleAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var request = CardActionRequest.From(activity);

        // A card answers in the language it was shown in (a Chinese command from an English client gets Chinese cards).
        var locale = request?.Get(CardVerbs.LangKey) ?? activity.Locale;
        if (await users.ResolveAsync(activity, cancellationToken) is not { } user)
        {
            return refusalCard.Build(Refusals.NotStaff(), locale);
        }

        if (request?.Verb == CardVerbs.TasksPage)
        {
            var page = int.TryParse(request.Get(CardVerbs.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            return tasksCard.Build(await tasks.ForAsync(user, cancellationToken), locale, ShanghaiTime.Today(time), page);
        }

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
                CardVerbs.Refresh or CardVerbs.Show => await view.ShowAsync(caseId, stepId, user, activity.From?.Id, locale, cancellationToken, TasksPage(request)),
                CardVerbs.Reassign => await reassign.ReassignAsync(request, caseId, stepId, user, locale, cancellationToken),
                _ => null,
            };
            return card ?? refusalCard.Build(Refusals.NotFound(null), locale);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (request.Verb == CardVerbs.Act && await RefusedFormAsync(e, request, caseId, stepId, user, activity.From?.Id, locale, cancellationToken) is { } form)
            {
                return form;
            }

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

    /// <summary>
    /// A refused answer (bad input, or a rule) comes back as the same step card, that action's form open, the typed
    /// values kept and the message (one language, the rule id for a rule) under the input it is about: never a dead end.
    /// Null when the refusal is not about the answer (already decided, not ready, no access) or the step is no longer open.
    /// </summary>
    private async Task<AdaptiveCard?> RefusedFormAsync(
        Exception e, CardActionRequest request, Guid caseId, Guid stepId, Person user, string? viewerTeamsId, string? locale, CancellationToken cancellationToken)
    {
        if (e is not (InvalidInputException or RuleViolationException) || RefusalMap.From(e) is not { } refusal || request.Get("action") is not { } action)
        {
            return null;
        }

        try
        {
            store.Reset();
            if (await store.LoadAsync(caseId, cancellationToken) is not { } @case
                || @case.Steps.FirstOrDefault(s => s.Id == stepId) is not { Status: StepStatus.Open } step)
            {
                return null;
            }

            var l = UiLanguage.From(locale);
            var key = refusal.Field is { } field ? (field.StartsWith("data.", StringComparison.Ordinal) ? field[5..] : field) : null;
            var inputs = StepForms.For(step.Kind, action, @case.Scheme);
            key = inputs.Any(i => i.Key == key) ? key : null;
            var message = key is not null && e is InvalidInputException && refusal.Message.StartsWith($"缺少 {key} /", StringComparison.Ordinal)
                ? l.F(CommonTexts.FieldRequired, l.T(InputTexts.Label(key)))
                : refusal.TextIn(l);
            var problem = new InputProblem(action, key, message) { Values = StepInputIds.ToStepData(action, request.Data) };
            return await stepCards.BuildAsync(@case, step, user, viewerTeamsId, locale, cancellationToken, problem, TasksPage(request));
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            // The refusal card below still answers.
            HeaderUnavailable(logger, inner, caseId);
            return null;
        }
    }

    private static int? TasksPage(CardActionRequest request) =>
        int.TryParse(request.Get(CardVerbs.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;

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
