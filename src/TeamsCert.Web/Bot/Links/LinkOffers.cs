using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Web.Bot.Cards.Links;

namespace TeamsCert.Web.Bot.Links;

/// <summary>The link purposes a case's open steps serve now (<see cref="LinkPurposeRules.StepFor"/>), in purpose order.</summary>
public static class LinkOffers
{
    public static List<LinkOffer> For(CertificationCase @case) =>
        [.. SharedLinkPurposes.All
            .Select(p => (Purpose: p, Step: LinkPurposeRules.StepFor(@case, p)))
            .Where(x => x.Step is not null)
            .Select(x => new LinkOffer(x.Purpose, x.Step!.Id, x.Step.Kind))];
}
