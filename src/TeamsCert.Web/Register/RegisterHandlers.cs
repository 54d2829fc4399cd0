using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Body;
using TeamsCert.Web.Edge;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Register;

/// <summary>
/// The register's request handlers: JSON for machines (codes, with words beside them), plain HTML pages for people in
/// one language (<c>?lang=</c>, else the <c>teamscert-lang</c> cookie, else zh-CN); same data, same rules.
/// </summary>
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

    public static async Task SearchPageAsync([FromQuery] string? q, RegisterQueries queries, CertificationBody body, HttpContext http, CancellationToken ct)
    {
        var frame = Frame(http, body);
        if (string.IsNullOrWhiteSpace(q))
        {
            var latest = await queries.LatestAsync(ct);
            await WriteAsync(http, StatusCodes.Status200OK, RegisterPages.Search(frame, null, null, null, [], latest), true, ct);
            return;
        }

        var refusal = RegisterQueries.Refusal(q);
        if (refusal is not null || RegisterQueries.Normalise(q) is not { } query)
        {
            // A refused query is not echoed back into the form: it may hold exactly the characters refused.
            await WriteAsync(http, StatusCodes.Status400BadRequest, RegisterPages.Search(frame, refusal is null ? q : null, null, refusal ?? QueryError, []), false, ct);
            return;
        }

        var found = await queries.SearchAsync(query, ct);
        await WriteAsync(http, StatusCodes.Status200OK, RegisterPages.Search(frame, q.Trim(), found, null, found.Count == 0 ? queries.ExampleNumbers() : []), true, ct);
    }

    public static async Task CertificatePageAsync(string number, RegisterQueries queries, CertificationBody body, IOptions<PublicAddressOptions> address,
        HttpContext http, CancellationToken ct)
    {
        var frame = Frame(http, body);
        var certificate = await queries.FindAsync(number, n => RegisterUrls.For(n, address.Value), ct);
        var (status, html) = certificate is null
            ? (StatusCodes.Status404NotFound, RegisterPages.NotFound(frame, number, queries.ExampleNumbers()))
            : (StatusCodes.Status200OK, RegisterPages.Certificate(frame, certificate, RegisterQrCode.Svg(certificate.VerifyUrl)));
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

        var body = http.RequestServices.GetRequiredService<CertificationBody>();
        return WriteAsync(http, StatusCodes.Status429TooManyRequests, RegisterPages.TooManyRequests(Frame(http, body)), false, ct);
    }

    /// <summary>The page's language (remembered in the cookie when asked for) and the link to the same page in the other one.</summary>
    private static RegisterPages.Frame Frame(HttpContext http, CertificationBody body)
    {
        var lang = UiLanguage.FromRequest(http);
        UiLanguage.Remember(http);
        var query = new QueryBuilder(http.Request.Query.Where(p => p.Key != "lang").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))))
        {
            { "lang", lang.Other.Tag },
        };
        return new RegisterPages.Frame(lang, body, http.Request.PathBase + http.Request.Path + query.ToQueryString());
    }

    private static void Nosniff(HttpContext http) => http.Response.Headers["X-Content-Type-Options"] = "nosniff";

    private static Task WriteAsync(HttpContext http, int status, string html, bool cacheable, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        // The page's language comes from the query or the cookie: a shared cache must keep them apart, and a response
        // that sets the cookie (?lang=) is not shared at all.
        http.Response.Headers.CacheControl = !cacheable ? "no-store" : http.Request.Query.ContainsKey("lang") ? "private, max-age=60" : "public, max-age=60";
        http.Response.Headers.Vary = "Cookie";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.ContentLanguage = UiLanguage.FromRequest(http).Tag;
        Nosniff(http);
        return http.Response.WriteAsync(html, ct);
    }
}
