using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Links;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Links;

/// <summary>
/// <c>link.create</c>, <c>link.revoke</c> and <c>link.show</c>: the same use cases as the links API, after the same gate
/// (<see cref="CardActionInvoke"/>: ListLinks to show, ManageLinks to change, LINK-ROLE), answered with the case's link card. A new URL appears only in that answer: it is not logged or stored.
/// </summary>
public sealed class LinkCardInvoke(
    LinkIssuer issuer, RevokeSharedLink revoke, LinkPanelQuery panels, LinkCardBuilder cards, CardOptions options)
{
    public async Task<AdaptiveCard?> HandleAsync(CardActionRequest request, Person user, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var actor = user.ToActor();
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
        var sendTo = purpose is null ? null : request.Get(LinkActions.SendToId(purpose));
        var daysText = purpose is null ? null : request.Get(LinkActions.DaysId(purpose));
        int? days = null;
        if (daysText is not null)
        {
            days = decimal.TryParse(daysText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
                && value is >= 1 and <= CreateSharedLink.MaxDays
                ? (int)value
                : throw new InvalidInputException("expiresInDays", $"有效天数须为 1 至 {CreateSharedLink.MaxDays} / expiresInDays must be 1 to {CreateSharedLink.MaxDays}");
        }

        var root = options.PublicBaseUrl.AbsoluteUri; // App:PublicBaseUrl
        var issued = await issuer.IssueAsync(caseId, purpose, days, sendTo, actor, token => PortalUrls.For(token, root), cancellationToken);
        return new CreatedLinkNote(issued.Url, issued.Created.Link.Purpose, issued.Created.Link.ExpiresAt)
        {
            EmailedTo = issued.SentTo,
            Note = issued.Mail switch
            {
                LinkMailOutcome.NoMailServer => LinkTexts.NoSmtp,
                LinkMailOutcome.Failed => LinkTexts.MailFailed,
                _ => null,
            },
        };
    }
}
