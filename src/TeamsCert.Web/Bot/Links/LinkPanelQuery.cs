using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Conversation;

namespace TeamsCert.Web.Bot.Links;

/// <summary>Reads what the link card shows: the purposes the case's open steps serve, its live links, the contact e-mail.</summary>
public sealed class LinkPanelQuery(CaseStore store, TeamsCertDbContext db, StepSummaries summaries, TimeProvider time)
{
    public async Task<LinkPanelModel?> BuildAsync(Guid caseId, CancellationToken cancellationToken)
    {
        store.Reset();
        if (await store.LoadAsync(caseId, cancellationToken) is not { } @case)
        {
            return null;
        }

        var header = new CardCase(@case.Id, @case.Number, @case.Organization, @case.Scheme, @case.Stage);
        var offers = LinkOffers.For(@case);
        var live = (await SharedLinkStates.LiveAsync(db, caseId, time.GetUtcNow(), cancellationToken))
            .Select(r => new LiveLinkItem(r.Id, r.Purpose, r.ExpiresAt, summaries.WhoActs(r.CreatedBy, string.Empty)))
            .ToList();
        return new LinkPanelModel(header, offers, live) { ContactEmail = @case.Facts.Contact?.Email };
    }
}
