using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
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
/// decided by someone else, not ready or a lost race 409; a request the server could not read (malformed JSON, a failed
/// antiforgery check) 400 and a body over the limit 413. Anything else is not a refusal (null): a server error, shown
/// with a support id and never its internals.
/// </summary>
public static class RefusalMap
{
    public const string InputId = "INPUT";
    public const string NotFoundId = "NOT-FOUND";
    public const string ConflictId = "CONFLICT";
    public const string NotReadyId = "STEP-NOT-READY";
    public const string AlreadyDecidedId = "STEP-DECIDED";
    public const string AntiforgeryId = "ANTIFORGERY";

    /// <summary>The field named when the body as a whole is at fault (too large, not JSON).</summary>
    public const string BodyField = "body";

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
        BadHttpRequestException e => Unreadable(e),
        // The framework's form reader refuses a NUL (%00) in a field before our checks see it (antiforgery reads first).
        AntiforgeryValidationException { InnerException: InvalidDataException } or InvalidDataException => UnreadableForm,
        AntiforgeryValidationException => Antiforgery,
        _ => null,
    };

    private static Refusal UnreadableForm { get; } = new(400, InputId, InvalidTitle,
        "表单含有不允许的字符（如 NUL），请删除后重试 / the form contains a character that is not allowed (such as NUL); remove it and try again");

    private static Refusal Antiforgery { get; } = new(400, AntiforgeryId, "表单已失效 / Form expired",
        "表单校验失败，请刷新页面后再提交 / the form's antiforgery check failed: reload the page and submit again");

    // The framework's messages name parameter types, so they are never shown; the status and the JSON position are.
    private static Refusal Unreadable(BadHttpRequestException e) => (e.StatusCode, e.InnerException) switch
    {
        (StatusCodes.Status413PayloadTooLarge, _) => new Refusal(413, InputId, "请求过大 / Request too large",
            "请求体超过允许的大小 / the request body is larger than allowed")
        { Field = BodyField },
        (_, JsonException json) => InvalidJson(json),
        (_, AntiforgeryValidationException { InnerException: InvalidDataException }) => UnreadableForm,
        (_, AntiforgeryValidationException) => Antiforgery,
        (StatusCodes.Status415UnsupportedMediaType, _) => new Refusal(415, InputId, "不支持的内容类型 / Unsupported media type",
            "请求体的内容类型不被接受（JSON 请用 application/json）/ the body's content type is not accepted (send JSON as application/json)")
        { Field = BodyField },
        _ => new Refusal(e.StatusCode is >= 400 and < 500 ? e.StatusCode : 400, InputId, InvalidTitle,
            "请求无法读取：缺少参数或请求体，或其格式不对 / the request could not be read: a parameter or the body is missing or malformed"),
    };

    private static Refusal InvalidJson(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path;
        var at = string.Create(CultureInfo.InvariantCulture, $"{path ?? "$"}, line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}");
        return new Refusal(400, InputId, InvalidTitle, $"请求体不是有效的 JSON，或此处的值类型不对（{at}）/ the body is not valid JSON or holds a value of the wrong type ({at})")
        {
            Field = path is null ? BodyField : path.TrimStart('$', '.'),
        };
    }
}
