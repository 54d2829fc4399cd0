using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Conversation;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// The runtime's refusals as refusal cards, with the same ids the HTTP API puts in its ProblemDetails. Domain messages
/// are already bilingual and written for users, so they are shown as they are; anything else is not a refusal (null).
/// </summary>
public static class Refusals
{
    public const string NotReadyId = "STEP-NOT-READY";
    public const string InputId = "INPUT";
    public const string NotFoundId = "NOT-FOUND";
    public const string ConflictId = "CONFLICT";

    public static RefusalModel? From(Exception exception, CardCase? @case) => exception switch
    {
        RuleViolationException e => new RefusalModel(e.RuleId, Same(e.Message)) { Case = @case, Field = e.Field },
        StepAlreadyDecidedException e when @case is not null => RefusalModel.AlreadyDecided(@case, e.DecidedBy, e.DecidedAt),
        StepAlreadyDecidedException e => new RefusalModel(RefusalModel.AlreadyDecidedId, Same(e.Message)),
        ActorNotAllowedException e => new RefusalModel(e.RuleId, Same(e.Message)) { Case = @case },
        StepNotReadyException e => new RefusalModel(NotReadyId, Same($"{e.Message}（等待 / waiting for: {e.WaitingFor}）")) { Case = @case },
        InvalidInputException { Field: "stepId" } => NotFound(@case),
        InvalidInputException e => new RefusalModel(InputId, Same(e.Message)) { Case = @case, Field = e.Field },
        CaseNotFoundException => NotFound(null),
        LinkNotFoundException => NotFound(@case),
        IdempotencyKeyReusedException e => new RefusalModel(ConflictId, Same(e.Message)) { Case = @case, Field = IdempotencyKeyReusedException.Field },
        StoredValueRejectedException => new RefusalModel(InputId, Same("有一项内容无法保存（例如含有不可见字符），请检查后重试 / a value could not be stored (e.g. it contains an invisible character); check it and try again")) { Case = @case },
        ConcurrencyConflictException => new RefusalModel(ConflictId, Same("案件正被他人修改，请重试 / the case is being changed by someone else; try again")) { Case = @case },
        _ => null,
    };

    public static RefusalModel NotFound(CardCase? @case) => new(NotFoundId, BotTexts.UnknownStep) { Case = @case };

    public static RefusalModel NotStaff() => new(BotTexts.NotRegisteredId, BotTexts.NotRegistered);

    public static RefusalModel Unexpected(string correlationId) => new("ERROR", BotTexts.Unexpected) { CorrelationId = correlationId };

    private static LocalizedText Same(string text) => new(text, text);
}
