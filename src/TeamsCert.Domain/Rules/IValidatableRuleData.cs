namespace TeamsCert.Domain.Rules;

/// <summary>A piece of scheme rule data that can check its own consistency after it is read from JSON.</summary>
public interface IValidatableRuleData
{
    /// <param name="validation">Where problems are recorded.</param>
    /// <param name="jsonPath">The JSON path of this object inside its file, e.g. <c>$.scoring</c>.</param>
    void Validate(RuleDataValidation validation, string jsonPath);
}
