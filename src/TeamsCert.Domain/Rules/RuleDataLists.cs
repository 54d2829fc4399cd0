namespace TeamsCert.Domain.Rules;

// JSON null slips past `required`, so list sections are null-checked before their items validate themselves.
internal static class RuleDataLists
{
    // Returns false when the list is missing (or empty when entries are required), so callers skip cross-item checks.
    public static bool ValidateItems<T>(IReadOnlyList<T>? items, RuleDataValidation validation, string path, bool allowEmpty = false)
        where T : class, IValidatableRuleData
    {
        if (items is null)
        {
            validation.Error(path, allowEmpty ? "is required (use [] for none)" : "is required");
            return false;
        }

        if (!validation.Require(allowEmpty || items.Count > 0, path, "at least one entry is required"))
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                item.Validate(validation, $"{path}[{i}]");
            }
            else
            {
                validation.Error($"{path}[{i}]", "must not be null");
            }
        }

        return true;
    }

    // Inputs are keyed by name, so a duplicate name would make an entry unreachable.
    public static void RequireUniqueNames<T>(IReadOnlyList<T> items, Func<T, string?> name, RuleDataValidation validation, string path)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && name(item) is { } value && !seen.Add(value))
            {
                validation.Error($"{path}[{i}].name", $"duplicate name '{value}'");
            }
        }
    }
}
