using System.Globalization;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Recertification;

// 004 §5.8.2.2: the recertification decision considers the cycle's performance (surveillance results) and complaints.
internal static class CyclePerformance
{
    public static DecisionFacts Decide(StepContext context, string code, string? reasons, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var decision = new DecisionFacts { Outcome = code, DecidedBy = context.Actor.Id, DecidedOn = context.Today, Reasons = reasons };
        if (facts.Recertification is null)
        {
            return decision;
        }

        var text = StepContext.Required(data, "complaints");
        var complaints = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new InvalidInputException("data.complaints", "投诉数量应为非负整数 / data.complaints must be a whole number, 0 or more");
        InputLimits.Complaints.Ensure(complaints);
        var issued = facts.Certificate!.IssuedOn;
        var results = string.Join("; ", facts.Surveillances.Where(s => s.DoneOn >= issued).Select(s =>
            s.Score?.Value is { } score ? string.Create(CultureInfo.InvariantCulture, $"{s.Number}:{s.Outcome}({score})") : $"{s.Number}:{s.Outcome}"));
        context.Record("recertification.performance-considered", null, "004 §5.8.2.2", new Dictionary<string, string>
        {
            ["surveillances"] = results,
            ["complaints"] = complaints.ToString(CultureInfo.InvariantCulture),
        });
        return new DecisionFacts
        {
            Outcome = code,
            DecidedBy = context.Actor.Id,
            DecidedOn = context.Today,
            Reasons = reasons,
            Complaints = complaints,
            SurveillanceResults = results,
        };
    }
}
