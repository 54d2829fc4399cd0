using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TeamsCert.Web.Edge;

namespace TeamsCert.Web.Register;

/// <summary>The register's request handlers: JSON for machines, plain HTML pages for people; same data, same rules.</summary>
internal static class RegisterHandlers
{
    private const string NotFoundTitle = "证书不存在 / certificate not found";
    private const string QueryError = "请输入证书编号或至少 2 个字的组织名称 / enter a certificate number or at least 2 characters of the organisation's name";

    public static async Task<IResult> SearchJsonAsync([FromQuery] string? q, RegisterQueries queries, HttpContext http, CancellationToken ct)
    {
        Nosniff(http);
        var refusal = RegisterQueries.Refusal(q);
        if (refusal is not null || RegisterQueries.Normalise(q) is not { } query)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [refusal ?? QueryError] },
                title: "查询条件无效 / invalid query");
        }

        var found = await queries.SearchAsync(query, ct);
        http.Response.Headers.CacheControl = "public, max-age=60";
        return Results.Ok(found);
    }

    public static async Task<IResult> CertificateJsonAsync(string number, RegisterQueries queries, IOptions<PublicAddressOptions> address, HttpContext http, CancellationToken ct)
    {
        Nosniff(http);
        var certificate = await queries.FindAsync(number, n => RegisterUrls.For(n, address.Value), ct);
        if (certificate is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle,
                detail: "没有此编号的证书 / no certificate has this number");
        }

        http.Response.Headers.CacheControl = "public, max-age=60";
        return Results.Ok(certificate);
    }

    public static async Task SearchPageAsync([FromQuery] string? q, RegisterQueries queries, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            await WriteAsync(http, StatusCodes.Status200OK, RegisterPages.Search(null, null, null), true, ct);
            return;
        }

        var refusal = RegisterQueries.Refusal(q);
        if (refusal is not null || RegisterQueries.Normalise(q) is not { } query)
        {
            // A refused query is not echoed back into the form: it may hold exactly the characters refused.
            await WriteAsync(http, StatusCodes.Status400BadRequest, RegisterPages.Search(refusal is null ? q : null, null, refusal ?? QueryError), false, ct);
            return;
        }

        var found = await queries.SearchAsync(query, ct);
        await WriteAsync(http, StatusCodes.Status200OK, RegisterPages.Search(q, found, null), true, ct);
    }

    public static async Task CertificatePageAsync(string number, RegisterQueries queries, IOptions<PublicAddressOptions> address, HttpContext http, CancellationToken ct)
    {
        var certificate = await queries.FindAsync(number, n => RegisterUrls.For(n, address.Value), ct);
        var (status, html) = certificate is null
            ? (StatusCodes.Status404NotFound, RegisterPages.NotFound(number))
            : (StatusCodes.Status200OK, RegisterPages.Certificate(certificate, RegisterQrCode.Svg(certificate.VerifyUrl)));
        await WriteAsync(http, status, html, certificate is not null, ct);
    }

    /// <summary>Over the per-IP limit: a ProblemDetails for the API, a page for people; the caller sets Retry-After.</summary>
    public static Task TooManyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            Nosniff(http);
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "请求过多 / too many requests",
                detail: "请 1 分钟后再试 / please try again in a minute").ExecuteAsync(http);
        }

        return WriteAsync(http, StatusCodes.Status429TooManyRequests, RegisterPages.TooManyRequests(), false, ct);
    }

    private static void Nosniff(HttpContext http) => http.Response.Headers["X-Content-Type-Options"] = "nosniff";

    private static Task WriteAsync(HttpContext http, int status, string html, bool cacheable, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = cacheable ? "public, max-age=60" : "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        Nosniff(http);
        return http.Response.WriteAsync(html, ct);
    }
}
