using TeamsCert.Domain;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Conversation;
using TeamsCert.Web.Errors;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// The runtime's refusals as refusal cards, through the same map as the API's ProblemDetails (<see cref="RefusalMap"/>),
/// so a card and the API name the same id. Domain messages are bilingual and written for users, so they are shown as
/// they are; anything else is not a refusal (null).
/// </summary>
public static class Refusals
{
    public const string NotReadyId = RefusalMap.NotReadyId;
    public const string InputId = RefusalMap.InputId;
    public const string NotFoundId = RefusalMap.NotFoundId;
    public const string ConflictId = RefusalMap.ConflictId;

    public static RefusalModel? From(Exception exception, CardCase? @case)
    {
        if (RefusalMap.From(exception) is not { } refusal)
        {
            return null;
        }

        return refusal switch
        {
            // A card names a step by its own id: an unknown one is "not found" here, not the input error the API reports.
            { Status: 404 } when exception is Domain.Workflow.CaseNotFoundException => NotFound(null),
            { Status: 400, Field: "stepId" } or { Status: 404 } => NotFound(@case),
            { Id: RefusalMap.AlreadyDecidedId, DecidedBy: { } by, DecidedAt: { } at } when @case is not null => RefusalModel.AlreadyDecided(@case, by, at),
            { Id: RefusalMap.AlreadyDecidedId } => new RefusalModel(RefusalModel.AlreadyDecidedId, Same(refusal.Message)),
            { Id: RefusalMap.NotReadyId } => new RefusalModel(NotReadyId, Same($"{refusal.Message}（等待 / waiting for: {refusal.WaitingFor}）")) { Case = @case },
            _ => new RefusalModel(refusal.Id, Same(refusal.Message)) { Case = @case, Field = refusal.Field },
        };
    }

    public static RefusalModel NotFound(CardCase? @case) => new(NotFoundId, BotTexts.UnknownStep) { Case = @case };

    public static RefusalModel NotStaff() => new(BotTexts.NotRegisteredId, BotTexts.NotRegistered);

    public static RefusalModel Unexpected(string correlationId) => new("ERROR", BotTexts.Unexpected) { CorrelationId = correlationId };

    private static LocalizedText Same(string text) => new(text, text);
}
