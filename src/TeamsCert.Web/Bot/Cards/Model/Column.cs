using System.Text.Json.Serialization;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>; <see cref="Width"/> is <c>auto</c>, <c>stretch</c> or a weight.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}
