using System.Text.Json.Serialization;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>An Adaptive Card 1.5 (the version Teams renders); serialise it with <see cref="CardJson"/>.</summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = SchemaVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    /// <summary>Teams-only properties; null on cards nested in an <see cref="ActionShowCard"/>.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Msteams { get; init; }

    /// <summary>ISO 639-1 language of the card (<c>zh</c>, <c>en</c>); left unset: adaptivecards 3.0.6 rejects it intermittently.</summary>
    public string? Lang { get; init; }

    public string? FallbackText { get; init; }
}
