namespace TeamsCert.Domain.Workflow.AuditTeams;

/// <summary>
/// A team member's answer on conflict of interest when accepting an audit: <c>conflictOfInterest</c> is
/// <c>no-conflict</c> (or the older <c>none</c>), or <c>declared</c> with the conflict described in
/// <c>conflictDetails</c>; any other text is itself the description (answers recorded before the choice existed).
/// </summary>
public static class ConflictDeclaration
{
    public const string NoConflict = "no-conflict";
    public const string Declared = "declared";

    /// <summary>The declared conflict, or null when the member declares none.</summary>
    public static string? Read(IReadOnlyDictionary<string, string> data)
    {
        var answer = StepContext.Required(data, "conflictOfInterest");
        if (answer is NoConflict || string.Equals(answer, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return answer == Declared ? StepContext.Required(data, "conflictDetails") : answer;
    }
}
