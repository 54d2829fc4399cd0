using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>A case at a glance (<c>case &lt;number&gt;</c>): scope, certificate and open steps.</summary>
public sealed record CaseSummaryModel(CardCase Case, string Scope, DateOnly ReceivedOn, IReadOnlyList<StepSummary> OpenSteps)
{
    public string? CertificateNumber { get; init; }

    /// <summary>The certificate state as shown, e.g. <c>Valid</c>.</summary>
    public string? CertificateState { get; init; }

    public DateOnly? CertificateExpiresOn { get; init; }
}
