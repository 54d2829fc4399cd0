using System.Globalization;
using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Scoring;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

// AS surveillance is scored on the GB/T 27922 sheet as a surveillance (004 §5.7.3, A-35); other schemes give no score.
internal static class SurveillanceScore
{
    public const string RuleId = "A-35";

    public static ScoreFacts? Record(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        if (context.RuleSet.Scoring is not GbT27922ScoringRules)
        {
            return null;
        }

        var input = StepData.Json<GbT27922Input>(data, "score") with { Kind = AuditKind.Surveillance };
        var sheet = context.RuleSet.Score(input);
        var score = new ScoreFacts { Model = "gbt27922", Value = sheet.Score, Passed = sheet.Passed, Grade = sheet.Grade, InputJson = StepData.ToJson(input) };
        context.Record("audit.scored", null, RuleId, new Dictionary<string, string>
        {
            ["model"] = score.Model,
            ["kind"] = "surveillance",
            ["value"] = sheet.Score.ToString(CultureInfo.InvariantCulture),
            ["specialDeductions"] = sheet.SpecialDeductions.ToString(CultureInfo.InvariantCulture),
            ["passed"] = sheet.Passed.ToString(),
        });
        return score;
    }

    /// <summary>004 §5.7.3 with A-35: maintain needs score ≥ 70 and fewer than 5 special deductions.</summary>
    public static void EnsureMaintainable(SurveillanceFacts surveillance)
    {
        if (surveillance.Score is { Passed: false } score)
        {
            var value = score.Value?.ToString(CultureInfo.InvariantCulture) ?? "?";
            throw new RuleViolationException(RuleId,
                $"{RuleId}：监督评价 {value} 分不合格（须 ≥ 70 分且特别扣分项少于 5 个，004 §5.7.3），不能保持 / "
                + $"the surveillance evaluation ({value}) failed (needs ≥ 70 and fewer than 5 special deductions, 004 §5.7.3); the certificate cannot be maintained",
                "data.outcome");
        }
    }
}
