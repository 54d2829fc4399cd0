using System.Text.Json.Serialization;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Decisions;
using TeamsCert.Domain.Eligibility;
using TeamsCert.Domain.Policies;
using TeamsCert.Domain.Rules;
using TeamsCert.Domain.Surveillance;

namespace TeamsCert.Domain.Schemes;

/// <summary>
/// One version of one scheme's certification rules, read from <c>RulesData/schemes/{scheme}.v{version}.json</c>.
/// Everything the workflow decides about deadlines, audit time, scores, outcomes and certificates comes from here.
/// </summary>
public sealed partial record SchemeRuleSet : IValidatableRuleData
{
    private readonly IReadOnlyDictionary<string, string> _policies = new Dictionary<string, string>();
    private readonly PolicySettings _settings = new(new Dictionary<string, string>());

    public required string Scheme { get; init; }

    public required string Version { get; init; }

    public required LocalizedText Name { get; init; }

    public required RuleDocument Document { get; init; }

    /// <summary>A-03: new applications only inside [EffectiveFrom, EffectiveTo]; null means open.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required IReadOnlyList<DeadlineRule> Deadlines { get; init; }

    public required EligibilityRules Eligibility { get; init; }

    public required IReadOnlyList<RoleDefinition> Roles { get; init; }

    public required IReadOnlyList<DecisionOutcome> Outcomes { get; init; }

    public required SurveillanceRules Surveillance { get; init; }

    public required IReadOnlyDictionary<string, string> Policies
    {
        get => _policies;
        init
        {
            // Set together so a copy made with `with { Policies = … }` never keeps the old settings.
            _policies = value;
            _settings = new PolicySettings(value);
        }
    }

    [JsonIgnore]
    public PolicySettings Settings => _settings;

    /// <summary>Returns the deadline rule with this id, or throws naming the id.</summary>
    public DeadlineRule Deadline(string ruleId) =>
        Deadlines.FirstOrDefault(d => string.Equals(d.Id, ruleId, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidInputException("rule", $"方案 {Scheme} 没有期限规则 {ruleId} / scheme {Scheme} has no deadline rule {ruleId}; it has {string.Join(", ", Deadlines.Select(d => d.Id))}");

    public bool IsEffectiveOn(DateOnly date) =>
        (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>A-03: an expired (or not yet effective) rule set takes no new applications; certificates keep it.</summary>
    public void EnsureOpenForApplications(DateOnly today)
    {
        if (IsEffectiveOn(today) || Settings.Is("A-03", "warnOnly"))
        {
            return;
        }

        var window = $"{EffectiveFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"} – {EffectiveTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
        throw new RuleViolationException("A-03",
            $"{Scheme} 规则 {Document.Number} 第 {Version} 版的有效期为 {window}，不再受理新申请；已发证书继续按该版本管理 / " +
            $"{Scheme} rule set {Document.Number} v{Version} is effective {window} and takes no new applications; existing certificates stay on it",
            "scheme");
    }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(SchemeCodes.All.Contains(Scheme), $"{jsonPath}.scheme", $"\"{Scheme}\" is not one of {string.Join(", ", SchemeCodes.All)}");
        validation.Require(VersionPattern().IsMatch(Version), $"{jsonPath}.version", "must be a positive integer such as \"1\"");
        validation.Require(EffectiveFrom is null || EffectiveTo is null || EffectiveFrom <= EffectiveTo,
            $"{jsonPath}.effectiveTo", "ends before effectiveFrom");
        ValidateDeadlines(validation, $"{jsonPath}.deadlines");
        Eligibility.Validate(validation, $"{jsonPath}.eligibility");
        RuleDataChecks.UniqueCodes(validation, $"{jsonPath}.roles", Roles.Select(r => r.Code));
        DecisionOutcomes.Validate(Outcomes, validation, $"{jsonPath}.outcomes");
        Surveillance.Validate(validation, $"{jsonPath}.surveillance");
        Settings.Validate(validation, $"{jsonPath}.policies");
        ValidateSections(validation, jsonPath);
    }

    /// <summary>Validates the sections computed by the rule calculators (audit time, scoring, certificate, modes, team).</summary>
    partial void ValidateSections(RuleDataValidation validation, string jsonPath);

    private void ValidateDeadlines(RuleDataValidation validation, string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Deadlines.Count; i++)
        {
            var rule = Deadlines[i];
            rule.Validate(validation, $"{path}[{i}]");
            validation.Require(ids.Add(rule.Id), $"{path}[{i}].id", $"\"{rule.Id}\" appears more than once");
            validation.Require(rule.Id.StartsWith(Scheme + "-", StringComparison.Ordinal) || rule.Id.StartsWith("A-", StringComparison.Ordinal),
                $"{path}[{i}].id", $"\"{rule.Id}\" does not belong to scheme {Scheme}");
            if (rule.Policy is { } policy)
            {
                validation.Require(PolicyCatalog.Find(policy)?.IntegerRange is not null, $"{path}[{i}].policy",
                    $"\"{policy}\" is not a numeric policy flag");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[1-9]\d*$")]
    private static partial System.Text.RegularExpressions.Regex VersionPattern();
}
