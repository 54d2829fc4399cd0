using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Web.Edge;

namespace TeamsCert.Web.Links;

/// <summary><see cref="LinkIssuer"/> for a web request: the API's and the tab's answer, with the URL on the app's public address (<c>App:PublicBaseUrl</c>).</summary>
public static class LinkIssuerHttp
{
    /// <summary>For a web request: the URL on <c>App:PublicBaseUrl</c> (never the request's Host), with the API's texts.</summary>
    public static async Task<CreatedLinkView> IssueAsync(this LinkIssuer issuer, Guid caseId, string? purpose, int? expiresInDays, string? sendTo, Actor actor,
        HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(request);
        var root = request.HttpContext.RequestServices.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl.AbsoluteUri;
        var issued = await issuer.IssueAsync(caseId, purpose, expiresInDays, sendTo, actor, token => PortalUrls.For(token, root), ct);
        var note = issued.Mail switch
        {
            LinkMailOutcome.Sent => null,
            LinkMailOutcome.NoMailServer => "未配置邮件服务器（Smtp:Host），未发送；请复制链接 / no mail server configured (Smtp:Host): not e-mailed, copy the url",
            LinkMailOutcome.Failed => "邮件发送失败，请复制链接发给申请人 / the e-mail could not be sent: copy the url to the applicant",
            _ => "未发送邮件，请复制链接发给申请人 / not e-mailed: copy the url to the applicant",
        };
        var link = issued.Created.Link;
        return new CreatedLinkView(link.Id, issued.Url.AbsoluteUri, link.ExpiresAt, link.Purpose, issued.Mail == LinkMailOutcome.Sent, issued.SentTo, note);
    }
}
