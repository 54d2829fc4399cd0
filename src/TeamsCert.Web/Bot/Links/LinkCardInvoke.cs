using System.Globalization;
using System.Net.Mail;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Text;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Links;

namespace TeamsCert.Web.Bot.Links;

/// <summary>
/// <c>link.create</c>, <c>link.revoke</c> and <c>link.show</c>: the same use cases and roles (LINK-ROLE) as the links
/// API, answered with the case's link card. A new URL appears only in that answer: it is not logged or stored.
/// </summary>
public sealed partial class LinkCardInvoke(
    CreateSharedLink create, RevokeSharedLink revoke, SendSharedLink mail, LinkPanelQuery panels, LinkCardBuilder cards,
    IConfiguration configuration, CardOptions options, ILogger<LinkCardInvoke> logger)
{
    public async Task<AdaptiveCard?> HandleAsync(CardActionRequest request, StaffMember user, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var actor = user.ToActor();
        LinkActors.EnsureStaffMayManage(actor);
        if (request.CaseId is not { } caseId)
        {
            return null;
        }

        CreatedLinkNote? note = null;
        switch (request.Verb)
        {
            case CardVerbs.LinkCreate:
                note = await CreateAsync(request, caseId, actor, cancellationToken);
                break;
            case CardVerbs.LinkRevoke:
                var linkId = request.Get("linkId") is { } text && Guid.TryParse(text, CultureInfo.InvariantCulture, out var id)
                    ? id : throw new InvalidInputException("linkId", "缺少链接编号 / linkId is missing");
                await revoke.RevokeAsync(linkId, actor, cancellationToken: cancellationToken);
                break;
        }

        return await panels.BuildAsync(caseId, cancellationToken) is { } panel ? cards.Build(panel with { Created = note }, locale) : null;
    }

    private async Task<CreatedLinkNote> CreateAsync(CardActionRequest request, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var purpose = request.Get("purpose");
        var sendTo = purpose is null ? null : request.Get(LinkActions.SendToId(purpose))?.Trim();
        if (sendTo is not null && !MailAddress.TryCreate(sendTo, out _))
        {
            throw new InvalidInputException("sendTo", "收件地址不是有效的电子邮件地址 / sendTo is not a valid e-mail address");
        }

        var daysText = purpose is null ? null : request.Get(LinkActions.DaysId(purpose));
        int? days = null;
        if (daysText is not null)
        {
            days = decimal.TryParse(daysText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
                && value is >= 1 and <= CreateSharedLink.MaxDays
                ? (int)value
                : throw new InvalidInputException("expiresInDays", $"有效天数须为 1 至 {CreateSharedLink.MaxDays} / expiresInDays must be 1 to {CreateSharedLink.MaxDays}");
        }

        var created = await create.CreateAsync(caseId, purpose, days, actor, cancellationToken);
        var url = PortalUrls.For(created.Token, PortalUrls.Configured(configuration) ?? options.PublicBaseUrl.AbsoluteUri);
        var note = new CreatedLinkNote(url, created.Link.Purpose, created.Link.ExpiresAt);
        if (sendTo is null)
        {
            return note;
        }

        if (!mail.IsConfigured)
        {
            return note with { Note = LinkTexts.NoSmtp };
        }

        try
        {
            await mail.SendAsync(created, url, sendTo, actor, cancellationToken);
            return note with { EmailedTo = sendTo };
        }
        catch (SmtpException ex)
        {
            MailFailed(logger, ex, created.Link.Id);
            return note with { Note = LinkTexts.MailFailed };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing shared link {LinkId} from a card failed")]
    private static partial void MailFailed(ILogger logger, Exception exception, Guid linkId);
}
