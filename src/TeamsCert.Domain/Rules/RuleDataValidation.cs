namespace TeamsCert.Domain.Rules;

/// <summary>Collects every problem in a rule-data document so the operator sees them all at once.</summary>
public sealed class RuleDataValidation
{
    private readonly List<RuleDataError> _errors = [];

    public IReadOnlyList<RuleDataError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Error(string jsonPath, string message) => _errors.Add(new RuleDataError(jsonPath, message));

    /// <summary>Records an error when <paramref name="condition"/> is false; returns the condition.</summary>
    public bool Require(bool condition, string jsonPath, string message)
    {
        if (!condition)
        {
            Error(jsonPath, message);
        }

        return condition;
    }
}
