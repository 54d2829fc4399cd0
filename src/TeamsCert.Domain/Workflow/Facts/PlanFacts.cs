using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The audit plan as communicated by the team leader (TEL-D02) and its acknowledgement by the client.</summary>
public sealed class PlanFacts
{
    public required DateOnly SentOn { get; init; }

    public required DateOnly OnSiteStart { get; init; }

    [JsonInclude]
    public DateOnly? AcknowledgedOn { get; internal set; }
}
