namespace TeamsCert.Domain.Rules;

/// <summary>One problem found in a rule-data file, located by its JSON path (e.g. <c>$.auditTime.bands[3].maxPersonnel</c>).</summary>
public sealed record RuleDataError(string JsonPath, string Message)
{
    public override string ToString() => $"{JsonPath}: {Message}";
}
