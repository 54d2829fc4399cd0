namespace TeamsCert.Domain;

/// <summary>
/// A rule of the certification scheme refused the request. <see cref="RuleId"/> is an id from
/// the rules reference (e.g. <c>TEL-D03</c>, <c>A-15</c>) or a seed section when the reference gives none.
/// </summary>
public sealed class RuleViolationException(string ruleId, string message, string? field = null)
    : DomainException(message)
{
    public string RuleId { get; } = ruleId;

    public string? Field { get; } = field;
}
