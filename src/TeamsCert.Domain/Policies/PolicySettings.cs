using System.Globalization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Policies;

/// <summary>A scheme's choice for every ambiguity flag; the file must list all of A-01..A-41 explicitly.</summary>
public sealed class PolicySettings(IReadOnlyDictionary<string, string> values) : IValidatableRuleData
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public static PolicySettings Defaults() => new(PolicyCatalog.Defaults());

    public string this[string id] =>
        Values.TryGetValue(id, out var value) ? value : PolicyCatalog.Find(id)?.Default
            ?? throw new ArgumentException($"Unknown policy flag {id}.", nameof(id));

    public int Number(string id) => int.Parse(this[id], CultureInfo.InvariantCulture);

    public bool Is(string id, string option) => string.Equals(this[id], option, StringComparison.Ordinal);

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        foreach (var definition in PolicyCatalog.All)
        {
            var path = $"{jsonPath}.{definition.Id}";
            if (!Values.TryGetValue(definition.Id, out var value))
            {
                validation.Error(path, $"missing; every flag A-01..A-41 must be set (default \"{definition.Default}\")");
            }
            else if (!definition.Accepts(value))
            {
                validation.Error(path, $"\"{value}\" is not allowed; expected {definition.Describe()}");
            }
        }

        foreach (var id in Values.Keys.Where(id => PolicyCatalog.Find(id) is null))
        {
            validation.Error($"{jsonPath}.{id}", "unknown policy flag; flags are A-01..A-41 of the rules reference");
        }
    }
}
