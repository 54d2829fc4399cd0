namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// What an applicant typed into a portal form and saved as a draft ("保存草稿"), one per step: any link to the step shows
/// it again. Not a change of the case, so not journaled; deleted when the step's form is submitted.
/// </summary>
public sealed class PortalDraftRow
{
    public Guid StepId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The typed values as a JSON object of field code → text.</summary>
    public string ValuesJson { get; set; } = "{}";

    public DateTimeOffset SavedAt { get; set; }
}
