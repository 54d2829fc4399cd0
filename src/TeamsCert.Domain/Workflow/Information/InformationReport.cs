using System.Globalization;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Information;

// report-information on the certificate-status step (it stays open for any status change that follows): the body records
// what the organisation reported or what it learned (002 §11; 004 §7.1), and an analysis step waits for the programme
// manager. Serious reports (a major complaint, a serious incident) also go to the managers at once (002 §11; 004 §7.2).
internal static class InformationReport
{
    public const string Action = "report-information";

    public static readonly string[] Categories = ["change", "complaint", "documents", "incident", "other"];

    public static void Handle(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        if (!context.Actor.Has(StaffRoles.ProgrammeManager))
        {
            throw new ActorNotAllowedException("ROLE", "信息通报由方案管理人员登记 / information reports are recorded by the programme manager");
        }

        var category = StepContext.Required(data, "category");
        if (!Categories.Contains(category, StringComparer.Ordinal))
        {
            throw new InvalidInputException("data.category", $"应为 {string.Join(", ", Categories)} / unknown category \"{category}\"");
        }

        var summary = StepContext.Required(data, "summary");
        var received = StepData.OptionalDate(data, "receivedOn") ?? context.Today;
        if (received > context.Today)
        {
            throw new InvalidInputException("data.receivedOn", "收到日期不能晚于今天 / data.receivedOn cannot be in the future");
        }

        var serious = StepData.Flag(data, "serious");
        var facts = context.Case.Facts;
        var report = new InformationReportFacts
        {
            Number = facts.InformationReports.Count + 1,
            Category = category,
            Summary = summary,
            ReceivedOn = received,
            Serious = serious,
            RecordedBy = context.Actor.Id,
        };
        facts.InformationReportsList.Add(report);
        context.Record("information.reported", summary, null, new Dictionary<string, string>
        {
            ["number"] = report.Number.ToString(CultureInfo.InvariantCulture),
            ["category"] = category,
            ["receivedOn"] = StepData.Iso(received),
            ["serious"] = serious.ToString(),
            ["source"] = Source(context.Case.Scheme),
        });
        context.Open(InformationAnalysisHandler.StepKind, StaffRoles.ProgrammeManager);
        if (serious)
        {
            context.Notify("information-serious", StaffRoles.Manager, ("category", category), ("summary", summary));
        }
    }

    public static string Source(string scheme) => scheme switch
    {
        "TEL" => "002 §11",
        "AS" => "004 §7",
        "LS" => "000 §6.4.2.2",
        _ => "003 §6.4.2",
    };
}
