using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The audit programme: audit time with its justification, AS modes and contract, TEL mystery shopping (TEL-R05).</summary>
public sealed class ProgrammeFacts
{
    public required string ManagerId { get; init; }

    public required DateOnly ProposedOn { get; init; }

    public decimal? PersonDays { get; init; }

    public decimal? TotalPersonDays { get; init; }

    public decimal? OnSiteDaysMin { get; init; }

    public decimal? OnSiteDaysMax { get; init; }

    /// <summary>One line per calculation step: "step (source): value".</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Justification => JustificationList;

    [JsonInclude]
    [JsonPropertyName("justification")]
    internal List<string> JustificationList { get; init; } = [];

    /// <summary>AS certification modes actually applied (A-20 additions included), e.g. <c>A+B+G+I</c>.</summary>
    public string? Modes { get; init; }

    public string? FieldCode { get; init; }

    public bool MysteryShoppingArranged { get; init; }

    public string? MysteryShopperId { get; init; }

    [JsonInclude]
    public DateOnly? ConfirmedOn { get; internal set; }

    [JsonInclude]
    public DateOnly? ContractSignedOn { get; internal set; }

    public bool RequiresMysteryShopping(string scheme) =>
        scheme == "TEL" || (Modes?.Split('+').Any(code => code is "B" or "D") ?? false);
}
