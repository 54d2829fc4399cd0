namespace TeamsCert.Domain.AuditTeams;

/// <summary>
/// The certification body's professional-competence evaluation of a person for a scheme (TEL-R02, 002 §7),
/// optionally narrowed to one certification field.
/// </summary>
public sealed record CompetenceEvaluation(string SchemeCode, DateOnly ValidFrom, DateOnly ValidUntil, string? FieldCode = null)
{
    /// <summary>An evaluation without a field covers every field; an audit without a field accepts any evaluation of the scheme.</summary>
    public bool Covers(string schemeCode, string? fieldCode, DateOnly firstDay, DateOnly lastDay) =>
        string.Equals(SchemeCode, schemeCode, StringComparison.OrdinalIgnoreCase)
        && (FieldCode is null || fieldCode is null || string.Equals(FieldCode, fieldCode, StringComparison.OrdinalIgnoreCase))
        && ValidFrom <= firstDay && lastDay <= ValidUntil;
}
