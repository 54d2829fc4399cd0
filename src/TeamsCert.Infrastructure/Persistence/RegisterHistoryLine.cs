using System.Text.Json.Serialization;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>One public line of a certificate's status log (000 App. B.3): date, from, to, reason; states as codes.</summary>
public sealed record RegisterHistoryLine(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("reason")] string Reason);
