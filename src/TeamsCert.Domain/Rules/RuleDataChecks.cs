namespace TeamsCert.Domain.Rules;

/// <summary>Checks shared by several rule-data sections.</summary>
public static class RuleDataChecks
{
    /// <summary>Records an error for every code that is blank or repeats an earlier one in the same list.</summary>
    public static void UniqueCodes(RuleDataValidation validation, string listPath, IEnumerable<string> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var code in codes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                validation.Error($"{listPath}[{index}].code", "a code is required");
            }
            else if (!seen.Add(code))
            {
                validation.Error($"{listPath}[{index}].code", $"\"{code}\" appears more than once");
            }

            index++;
        }
    }
}
