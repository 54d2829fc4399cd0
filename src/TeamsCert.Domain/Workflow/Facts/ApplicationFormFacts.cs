using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The application form as the applicant submitted it through the portal, and the materials sent with it.</summary>
public sealed class ApplicationFormFacts
{
    public required DateOnly SubmittedOn { get; init; }

    /// <summary>The form's values by field code (see <see cref="Applications.ApplicationForms"/>); empty fields are left out.</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    /// <summary>Material codes (scheme eligibility, §2.2) with at least one uploaded document at submission.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Materials => MaterialsList;

    [JsonInclude]
    [JsonPropertyName("materials")]
    internal List<string> MaterialsList { get; init; } = [];

    /// <summary>Material codes of the scheme still without a document at submission; the reviewer decides on a deficiency notice.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Outstanding => OutstandingList;

    [JsonInclude]
    [JsonPropertyName("outstanding")]
    internal List<string> OutstandingList { get; init; } = [];
}
