using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TeamsCert.Web.Errors;

/// <summary>
/// Turns errors into ProblemDetails through the one refusal map (<see cref="RefusalMap"/>); anything that is not a
/// refusal is a 500 carrying only a support id.
/// </summary>
public sealed partial class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = RefusalMap.From(exception) is { } refusal ? Problem(refusal) : null;
        if (problem is null)
        {
            Unexpected(logger, exception, httpContext.TraceIdentifier);
            problem = Problem(500, "服务器错误 / Server error", $"请联系管理员并提供编号 {httpContext.TraceIdentifier} / contact support with id {httpContext.TraceIdentifier}");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }))
        {
            return true;
        }

        // A browser (the tab's and the portal's forms) asked for HTML: the same words on a page, never an empty answer.
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        await httpContext.Response.WriteAsync(Page(problem.Title!, problem.Detail!), cancellationToken);
        return true;
    }

    private static string Page(string title, string detail) => $$"""
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{E(title)}}</title></head>
        <body style="font-family:'Segoe UI',sans-serif;margin:2rem"><h1>{{E(title)}}</h1><p>{{E(detail)}}</p><p><a href="javascript:history.back()">返回 / Back</a></p></body></html>
        """;

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static ProblemDetails Problem(Refusal refusal) => Problem(refusal.Status, refusal.Title, refusal.Message,
        ("field", refusal.Field), ("errors", refusal is { Status: 400, Field: { } field } ? new Dictionary<string, string[]> { [field] = [refusal.Message] } : null),
        ("ruleId", refusal.RuleId), ("decidedBy", refusal.DecidedBy), ("decidedAt", refusal.DecidedAt), ("waitingFor", refusal.WaitingFor));

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
