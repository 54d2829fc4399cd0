using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Web.Errors;

/// <summary>
/// One place that turns errors into ProblemDetails: bad input 400 (field), not allowed 403 (rule id), not found 404,
/// rule violation or lost race 409 (rule id; who decided and when). Anything else is a 500 without internals.
/// </summary>
public sealed partial class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidInputException e => Problem(400, "输入有误 / Invalid input", e.Message, ("field", e.Field), ("errors", new Dictionary<string, string[]> { [e.Field] = [e.Message] })),
            RuleViolationException e => Problem(409, "规则不允许 / Refused by a rule", e.Message, ("ruleId", e.RuleId), ("field", e.Field)),
            StepAlreadyDecidedException e => Problem(409, "已被处理 / Already decided", e.Message, ("decidedBy", e.DecidedBy), ("decidedAt", e.DecidedAt)),
            StepNotReadyException e => Problem(409, "尚不能办理 / Not ready", e.Message, ("waitingFor", e.WaitingFor)),
            ActorNotAllowedException e => Problem(403, "无权操作 / Not allowed", e.Message, ("ruleId", e.RuleId)),
            CaseNotFoundException e => Problem(404, "未找到 / Not found", e.Message),
            DocumentNotFoundException e => Problem(404, "未找到 / Not found", e.Message),
            LinkNotFoundException e => Problem(404, "未找到 / Not found", e.Message),
            IdempotencyKeyReusedException e => Problem(409, "幂等键冲突 / Idempotency key reused", e.Message, ("field", IdempotencyKeyReusedException.Field)),
            StoredValueRejectedException => Problem(400, "输入有误 / Invalid input", "有一项内容无法保存（例如含有不可见字符），请检查后重试 / a value could not be stored (e.g. it contains an invisible character); check it and try again"),
            ConcurrencyConflictException => Problem(409, "并发冲突 / Conflict", "案件正被他人修改，请重试 / the case is being changed by someone else; try again"),
            _ => null,
        };
        if (problem is null)
        {
            Unexpected(logger, exception, httpContext.TraceIdentifier);
            problem = Problem(500, "服务器错误 / Server error", $"请联系管理员并提供编号 {httpContext.TraceIdentifier} / contact support with id {httpContext.TraceIdentifier}");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail, params (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions.Where(e => e.Value is not null))
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error (trace {TraceId})")]
    private static partial void Unexpected(ILogger logger, Exception exception, string traceId);
}
