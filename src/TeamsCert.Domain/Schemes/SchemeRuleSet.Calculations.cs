using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Rules;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.Domain.Schemes;

/// <summary>The calculated sections of a rule set (audit time, scoring) and the calculators built from them.</summary>
public sealed partial record SchemeRuleSet
{
    public required AuditTimeRules AuditTime { get; init; }

    public required ScoringRules Scoring { get; init; }

    public AuditTimeResult CalculateAuditTime(AuditTimeRequest request) =>
        new AuditTimeCalculator(AuditTime, SchemePolicies.AuditTime(Settings)).Calculate(request);

    public CompositeResult Score(CompositeScoringInput input) =>
        new CompositeScoringCalculator(ScoringAs<CompositeScoringRules>(), SchemePolicies.Composite(Settings)).Calculate(input);

    public StarLevelResult Score(StarLevelInput input) =>
        new StarLevelCalculator(ScoringAs<StarLevelScoringRules>()).Calculate(input);

    public GbT27922Result Score(GbT27922Input input) =>
        new GbT27922Calculator(ScoringAs<GbT27922ScoringRules>(), SchemePolicies.GbT27922(Settings)).Calculate(input);

    private T ScoringAs<T>()
        where T : ScoringRules =>
        Scoring as T ?? throw new InvalidInputException("scheme", $"方案 {Scheme} 不使用该评分模型 / scheme {Scheme} does not score with {typeof(T).Name}");

    partial void ValidateSections(RuleDataValidation validation, string jsonPath)
    {
        AuditTime.Validate(validation, $"{jsonPath}.auditTime");
        Certificate.Validate(validation, $"{jsonPath}.certificate");
        Modes.Validate(validation, $"{jsonPath}.modes");
        TeamRules.Validate(validation, $"{jsonPath}.teamRules");
        Scoring.Validate(validation, $"{jsonPath}.scoring");
        var triggers = Certificate.Transitions.SelectMany(t => t.Triggers).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Deadlines.Count; i++)
        {
            foreach (var exempt in Deadlines[i].ExemptTriggers.Where(code => !triggers.Contains(code)))
            {
                validation.Error($"{jsonPath}.deadlines[{i}].exemptTriggers", $"\"{exempt}\" is not a trigger of any certificate transition in this scheme");
            }
        }

        if (Scoring is GbT27922ScoringRules)
        {
            SchemePolicies.GbT27922(Settings).Validate(validation, $"{jsonPath}.policies");
        }
    }
}
