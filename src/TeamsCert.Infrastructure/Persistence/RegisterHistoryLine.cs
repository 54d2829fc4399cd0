using System.Text.Json.Serialization;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// One public line of a certificate's status log (000 App. B.3): date, from, to, reason; states as codes. A suspension
/// still in force carries <c>until</c>, the latest end of the suspension period the rules give (TEL-D07, AS-D09, A-11).
/// </summary>
public sealed record RegisterHistoryLine(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("until"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Until = null);
