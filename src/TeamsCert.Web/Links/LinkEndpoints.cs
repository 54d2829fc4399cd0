using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Links;

/// <summary>Staff create, list and revoke the applicant's shared links (programme managers, application reviewers, managers).</summary>
public static partial class LinkEndpoints
{
    public static IEndpointRouteBuilder MapLinks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/{id:guid}/links", CreateAsync).WithTags("Links").WithSummary("Create a shared link for the applicant (optionally e-mailed)");
        app.MapGet("/api/cases/{id:guid}/links", ListAsync).WithTags("Links").WithSummary("The case's shared links (never their tokens)");
        app.MapDelete("/api/links/{id:guid}", RevokeAsync).WithTags("Links").WithSummary("Revoke a shared link");
        return app;
    }

    private static async Task<IResult> CreateAsync(Guid id, CreateLinkBody body, HttpContext http, CreateSharedLink create, SendSharedLink mailer,
        IConfiguration configuration, ILoggerFactory logs, CancellationToken ct)
    {
        var sendTo = string.IsNullOrWhiteSpace(body.SendTo) ? null : body.SendTo.Trim();
        if (sendTo is not null && !MailAddress.TryCreate(sendTo, out _))
        {
            throw new InvalidInputException("sendTo", "收件地址不是有效的电子邮件地址 / sendTo is not a valid e-mail address");
        }

        var actor = http.User.ToActor();
        var created = await create.CreateAsync(id, body.Purpose, body.ExpiresInDays, actor, ct);
        var url = PortalUrls.For(created.Token, configuration, http.Request);
        var (emailed, note) = (false, "未发送邮件，请复制链接发给申请人 / not e-mailed: copy the url to the applicant");
        if (sendTo is not null && !mailer.IsConfigured)
        {
            note = "未配置邮件服务器（Smtp:Host），未发送；请复制链接 / no mail server configured (Smtp:Host): not e-mailed, copy the url";
        }
        else if (sendTo is not null)
        {
            try
            {
                await mailer.SendAsync(created, url, sendTo, actor, ct);
                (emailed, note) = (true, null);
            }
            catch (SmtpException ex)
            {
                MailFailed(logs.CreateLogger(typeof(LinkEndpoints).FullName!), ex, created.Link.Id);
                note = "邮件发送失败，请复制链接发给申请人 / the e-mail could not be sent: copy the url to the applicant";
            }
        }

        var view = new CreatedLinkView(created.Link.Id, url.AbsoluteUri, created.Link.ExpiresAt, created.Link.Purpose, emailed, emailed ? sendTo : null, note);
        return Results.Created($"/api/cases/{id}/links", view);
    }

    private static async Task<IResult> ListAsync(Guid id, TeamsCertDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct))
        {
            throw new CaseNotFoundException(id);
        }

        var rows = await db.SharedLinks.AsNoTracking().Where(l => l.CaseId == id).ToListAsync(ct);
        var now = time.GetUtcNow().ToUniversalTime();
        return Results.Ok(rows.OrderBy(r => r.CreatedAt).Select(r => LinkView.From(r, now)));
    }

    private static async Task<IResult> RevokeAsync(Guid id, HttpContext http, RevokeSharedLink revoke, CancellationToken ct)
    {
        await revoke.RevokeAsync(id, http.User.ToActor(), cancellationToken: ct);
        return Results.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing shared link {LinkId} failed")]
    private static partial void MailFailed(ILogger logger, Exception exception, Guid linkId);
}
