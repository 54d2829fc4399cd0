using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow.SpecialAudits;

/// <summary>
/// The special audit done (AS 004 §5.7.4; TEL 002 §9.4, §11): its team leader or the programme manager records the
/// dates and findings, and where the scheme scores surveillance (AS) the GB/T 27922 sheet (<c>data.score</c>, 004 §5.7.3).
/// The decision maker then decides on it.
/// </summary>
public sealed class SpecialAuditHandler : IStepHandler
{
    public const string StepKind = "special-audit";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["complete"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var special = facts.SpecialAudits.Last(s => s.DoneOn is null);
        var (start, end) = AuditRecording.Dates(context, data);
        if (start < special.RequestedOn)
        {
            throw new InvalidInputException("data.start", "特殊审查不能早于其提出日期 / data.start is before the special audit was requested");
        }

        var kind = $"special{special.Number}";
        var findings = AuditRecording.Findings(data, kind);
        special.Score = SurveillanceScore.Record(context, data);
        special.DoneOn = start;
        facts.AuditsList.Add(new AuditFacts { Kind = kind, Start = start, End = end, LeaderId = special.LeaderId, MemberIdsList = [.. special.MemberIds] });
        facts.FindingsList.AddRange(findings);
        context.Record("audit.completed", null, null, new Dictionary<string, string>
        {
            ["audit"] = kind,
            ["start"] = StepData.Iso(start),
            ["end"] = StepData.Iso(end),
            ["findings"] = findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        context.Complete("completed", data);
        context.Open(SpecialAuditDecisionHandler.StepKind, "decisionMaker");
    }
}
