using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>A case at a glance (<c>case &lt;number&gt;</c>): scope, certificate and open steps.</summary>
public sealed record CaseSummaryModel(CardCase Case, string Scope, DateOnly ReceivedOn, IReadOnlyList<StepSummary> OpenSteps)
{
    public string? CertificateNumber { get; init; }

    /// <summary>The certificate state as shown, e.g. <c>Valid</c>.</summary>
    public string? CertificateState { get; init; }

    public DateOnly? CertificateExpiresOn { get; init; }

    /// <summary>What the applicant must act on through a link now; each gets a "create link" button.</summary>
    public IReadOnlyList<LinkOffer> LinkOffers { get; init; } = [];

    /// <summary>The applicant's contact e-mail, prefilled as the link's recipient.</summary>
    public string? ContactEmail { get; init; }
}
