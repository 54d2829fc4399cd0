using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Links;

/// <summary>A case's applicant links: what can be created (with the contact e-mail to prefill) and what is live.</summary>
public sealed record LinkPanelModel(CardCase Case, IReadOnlyList<LinkOffer> Offers, IReadOnlyList<LiveLinkItem> Live)
{
    public string? ContactEmail { get; init; }

    /// <summary>The answer to <c>link.create</c>.</summary>
    public CreatedLinkNote? Created { get; init; }

    /// <summary>The staff notice variant: the applicant must act and has no link.</summary>
    public bool ApplicantMustAct { get; init; }
}
