using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>
/// Information the certified organisation reports, or the body learns, while the certificate lives (TEL 002 §11;
/// AS 004 §7; complaints and changes for LS/CC9 000 §6.4.2.2, 003 §6.4.2): what, when, and the measure taken on it.
/// </summary>
public sealed class InformationReportFacts
{
    public required int Number { get; init; }

    /// <summary>change, complaint, documents, incident or other.</summary>
    public required string Category { get; init; }

    public required string Summary { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>A major complaint or a serious incident: the managers are told at once (002 §11 "立即采取相应处理措施").</summary>
    public bool Serious { get; init; }

    public required string RecordedBy { get; init; }

    /// <summary>After the analysis: none, increase-frequency or special-audit.</summary>
    [JsonInclude]
    public string? Measure { get; internal set; }

    [JsonInclude]
    public string? MeasureReason { get; internal set; }

    [JsonInclude]
    public DateOnly? AnalysedOn { get; internal set; }
}
