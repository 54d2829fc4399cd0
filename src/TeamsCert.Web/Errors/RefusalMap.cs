using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Web.Errors;

/// <summary>
/// The one map from what went wrong to what people are told, used by the API's ProblemDetails, the bot's refusal
/// cards, the tab and the portal: bad input 400 (field), not allowed 403 (rule id), not found 404, refused by a rule,
/// decided by someone else, not ready or a lost race 409. Anything else is not a refusal (null): a server error, shown
/// with a support id and never its internals.
/// </summary>
public static class RefusalMap
{
    public const string InputId = "INPUT";
    public const string NotFoundId = "NOT-FOUND";
    public const string ConflictId = "CONFLICT";
    public const string NotReadyId = "STEP-NOT-READY";
    public const string AlreadyDecidedId = "STEP-DECIDED";

    private const string InvalidTitle = "输入有误 / Invalid input";
    private const string NotFoundTitle = "未找到 / Not found";

    public static Refusal? From(Exception exception) => exception switch
    {
        InvalidInputException e => new Refusal(400, InputId, InvalidTitle, e.Message) { Field = e.Field },
        StoredValueRejectedException => new Refusal(400, InputId, InvalidTitle,
            "有一项内容无法保存（例如含有不可见字符），请检查后重试 / a value could not be stored (e.g. it contains an invisible character); check it and try again"),
        DocumentTooLargeException e => new Refusal(413, InputId, "文件过大 / File too large", e.Message) { Field = "file" },
        ActorNotAllowedException e => new Refusal(403, e.RuleId, "无权操作 / Not allowed", e.Message) { RuleId = e.RuleId },
        CaseNotFoundException or DocumentNotFoundException or LinkNotFoundException => new Refusal(404, NotFoundId, NotFoundTitle, exception.Message),
        RuleViolationException e => new Refusal(409, e.RuleId, "规则不允许 / Refused by a rule", e.Message) { RuleId = e.RuleId, Field = e.Field },
        StepAlreadyDecidedException e => new Refusal(409, AlreadyDecidedId, "已被处理 / Already decided", e.Message) { DecidedBy = e.DecidedBy, DecidedAt = e.DecidedAt },
        StepNotReadyException e => new Refusal(409, NotReadyId, "尚不能办理 / Not ready", e.Message) { WaitingFor = e.WaitingFor },
        IdempotencyKeyReusedException e => new Refusal(409, ConflictId, "幂等键冲突 / Idempotency key reused", e.Message) { Field = IdempotencyKeyReusedException.Field },
        ConcurrencyConflictException => new Refusal(409, ConflictId, "并发冲突 / Conflict", "案件正被他人修改，请重试 / the case is being changed by someone else; try again"),
        _ => null,
    };
}
