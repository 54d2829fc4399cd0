using System.Text.Json.Serialization;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>One run of a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }
}
