namespace TeamsCert.Domain.Links;

/// <summary>What a shared link lets the applicant do; each purpose is served by one kind of waiting state (see <see cref="LinkPurposeRules"/>).</summary>
public static class SharedLinkPurposes
{
    public const string ApplicationForm = "application-form";
    public const string Documents = "documents";
    public const string CorrectiveActions = "corrective-actions";
    public const string PlanAcknowledgement = "plan-acknowledgement";
    public const string ProgrammeConfirmation = "programme-confirmation";

    public static IReadOnlyList<string> All { get; } = [ApplicationForm, Documents, CorrectiveActions, PlanAcknowledgement, ProgrammeConfirmation];

    /// <summary>The purpose as given, or a field error on <c>purpose</c> listing the allowed values.</summary>
    public static string Parse(string? purpose)
    {
        var value = purpose?.Trim() ?? "";
        return All.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new InvalidInputException("purpose", $"用途须为 {string.Join("、", All)} 之一 / purpose must be one of {string.Join(", ", All)}");
    }
}
