using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>Why an action was refused: the rule id (or our stable id) and its message.</summary>
public sealed record RefusalModel(string RuleId, LocalizedText Message)
{
    /// <summary>Our id for "already decided": the domain raises it without a rule id (StepAlreadyDecidedException).</summary>
    public const string AlreadyDecidedId = "STEP-DECIDED";

    /// <summary>The domain's id for a missing role (ActorNotAllowedException).</summary>
    public const string RoleId = "ROLE";

    public CardCase? Case { get; init; }

    /// <summary>The input the refusal is about, e.g. <c>data.reason</c>.</summary>
    public string? Field { get; init; }

    public string? CorrelationId { get; init; }

    public static RefusalModel AlreadyDecided(CardCase @case, string by, DateTimeOffset at) =>
        new(AlreadyDecidedId, Fill(NoticeTexts.AlreadyDecided, by, UiLanguage.Time(at))) { Case = @case };

    public static RefusalModel NotYourRole(CardCase @case, string role) =>
        new(RoleId, Fill(NoticeTexts.NotYourRole, role)) { Case = @case };

    private static LocalizedText Fill(LocalizedText template, params object[] args) =>
        new(string.Format(CultureInfo.InvariantCulture, template.ZhCn, args), string.Format(CultureInfo.InvariantCulture, template.En, args));
}
