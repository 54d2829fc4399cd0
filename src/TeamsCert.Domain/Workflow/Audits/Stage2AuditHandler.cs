using TeamsCert.Domain.Scoring;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>
/// Stage 2 done: its dates (AS-D02: at least half a day and at most 6 months after stage 1), findings and the
/// scheme's score input, scored with the scheme model (AS GB/T 27922 sheet, TEL star levels, LS/CC9 composite).
/// </summary>
public sealed class Stage2AuditHandler : IStepHandler
{
    public const string StepKind = "stage2-audit";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["complete"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var (start, end) = AuditRecording.Dates(context, data);
        if (context.Step.DueRuleId is { } interval && context.Process.CheckDeadline(interval, facts.Audit("stage1")!.End, start) is { Met: false } check)
        {
            throw new RuleViolationException(interval, $"{check.Message.ZhCn} / {check.Message.En}", "data.start");
        }

        if (facts.Programme!.RequiresMysteryShopping(context.Case.Scheme) && facts.MysteryShoppingOn is null)
        {
            var rule = context.RuleSet.TeamRules.MysteryShoppersAreTeamAuditors ?? "TEL-D04";
            throw new RuleViolationException(rule, $"{rule}：认证模式含暗访（B/D），须先记录暗访 / the modes include mystery shopping (B/D); record it first", "action");
        }

        var kind = facts.Recertification is null ? "stage2" : "recertification";
        var findings = AuditRecording.Findings(data, kind);
        facts.Score = Score(context, data, findings.Count(f => f.Grade == FindingGrade.Major));
        AuditRecording.Record(context, kind, start, end, findings);
        context.Record("audit.scored", null, null, new Dictionary<string, string>
        {
            ["model"] = facts.Score.Model,
            ["value"] = facts.Score.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            ["passed"] = facts.Score.Passed?.ToString() ?? string.Empty,
            ["grade"] = facts.Score.Grade ?? string.Empty,
        });
        context.Complete("completed", data, StepData.Optional(data, "comment"));
        AuditRecording.Continue(context);
    }

    private static ScoreFacts Score(StepContext context, IReadOnlyDictionary<string, string> data, int majors)
    {
        var rules = context.RuleSet;
        switch (rules.Scoring)
        {
            case GbT27922ScoringRules:
                var sheet = rules.Score(StepData.Json<GbT27922Input>(data, "score"));
                return new() { Model = "gbt27922", Value = sheet.Score, Passed = sheet.Passed, Grade = sheet.Grade, InputJson = data["score"] };
            case StarLevelScoringRules:
                var tallies = StepData.Json<StarLevelInput>(data, "score");
                var stars = rules.Score(tallies);
                return new() { Model = "starLevel", Value = tallies.TotalScore, Passed = stars.Grade is not null, Grade = stars.Grade, InputJson = data["score"] };
            default:
                var composite = rules.Score(StepData.Json<CompositeScoringInput>(data, "score") with { MajorNonconformities = majors });
                return new() { Model = "composite", Value = composite.Composite, Passed = composite.Passed, InputJson = data["score"] };
        }
    }
}
