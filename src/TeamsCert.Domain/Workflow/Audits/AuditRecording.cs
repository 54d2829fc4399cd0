using System.Globalization;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Domain.Workflow.Findings;

namespace TeamsCert.Domain.Workflow.Audits;

// Reading and recording a completed audit: dates, team, findings (rules reference §2.7).
internal static class AuditRecording
{
    public static (DateOnly Start, DateOnly End) Dates(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var start = StepData.Date(data, "start");
        var end = StepData.Date(data, "end");
        if (end < start)
        {
            throw new InvalidInputException("data.end", "结束日期早于开始日期 / data.end is before data.start");
        }

        if (end > context.Today)
        {
            throw new InvalidInputException("data.end", "审核尚未结束 / data.end is in the future");
        }

        return (start, end);
    }

    public static List<FindingFacts> Findings(IReadOnlyDictionary<string, string> data, string auditKind)
    {
        if (StepData.Optional(data, "findings") is null)
        {
            return [];
        }

        var input = StepData.Json<List<FindingInput>>(data, "findings");
        for (var i = 0; i < input.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(input[i].Clause) || string.IsNullOrWhiteSpace(input[i].Evidence))
            {
                throw new InvalidInputException($"data.findings[{i}]", "每项发现须写明条款和证据 / every finding needs a clause and evidence");
            }
        }

        return [.. input.Select(f => new FindingFacts { AuditKind = auditKind, Grade = f.Grade, Clause = f.Clause.Trim(), Evidence = f.Evidence.Trim() })];
    }

    public static void Record(StepContext context, string auditKind, DateOnly start, DateOnly end, List<FindingFacts> findings)
    {
        var facts = context.Case.Facts;
        facts.AuditsList.Add(new AuditFacts
        {
            Kind = auditKind,
            Start = start,
            End = end,
            LeaderId = facts.Leader!.PersonId,
            MemberIdsList = [.. facts.ActiveTeam.Where(m => m.Status == TeamMemberStatus.Accepted).Select(m => m.PersonId)],
        });
        facts.FindingsList.AddRange(findings);
        context.Record("audit.completed", null, null, new Dictionary<string, string>
        {
            ["audit"] = auditKind,
            ["start"] = StepData.Iso(start),
            ["end"] = StepData.Iso(end),
            ["major"] = findings.Count(f => f.Grade == FindingGrade.Major).ToString(CultureInfo.InvariantCulture),
            ["minor"] = findings.Count(f => f.Grade == FindingGrade.Minor).ToString(CultureInfo.InvariantCulture),
            ["observations"] = findings.Count(f => f.Grade == FindingGrade.Observation).ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>After the last audit: nonconformities go to corrective action, otherwise the report goes for approval.</summary>
    public static void Continue(StepContext context)
    {
        if (context.Case.Facts.Findings.Any(f => f.IsNonconformity) && !context.Case.Facts.CorrectionsVerified)
        {
            context.MoveTo(CaseStage.CorrectiveAction);
            context.Open(CorrectiveActionsHandler.StepKind, StaffRoles.Applicant);
            context.Notify("corrective-actions-requested", StaffRoles.Applicant);
            return;
        }

        context.MoveTo(CaseStage.ReportApproval);
        context.OpenFor(Decisions.ReportApprovalHandler.StepKind, TeamRoles.TeamLeader, context.Case.Facts.Leader!.PersonId);
    }
}
