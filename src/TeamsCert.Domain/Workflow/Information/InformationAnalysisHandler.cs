using System.Globalization;
using TeamsCert.Domain.Workflow.SpecialAudits;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow.Information;

/// <summary>
/// The analysis of reported information (002 §11; 004 §7.2) by the programme manager: <c>close</c> with a measure
/// (<c>none</c>, or <c>increase-frequency</c> with <c>data.intervalMonths</c>) and its reasons, or <c>special-audit</c>,
/// which requests a special audit with the same data as the certificate-status request (trigger, team, short notice).
/// A suspension or revocation that follows is taken on the certificate-status step. After a serious AS complaint the
/// reasons are the A-36 record of whether surveillance frequency increases.
/// </summary>
public sealed class InformationAnalysisHandler : IStepHandler
{
    public const string StepKind = "information-analysis";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["close", "special-audit"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var report = context.Case.Facts.InformationReports.Last(r => r.AnalysedOn is null);
        var reasons = StepContext.Required(data, "reasons");
        string measure;
        int? months = null;
        if (action == "special-audit")
        {
            SpecialAuditRequest.Handle(context, data);
            measure = "special-audit";
        }
        else
        {
            measure = StepContext.Required(data, "measure");
            if (measure is not ("none" or "increase-frequency"))
            {
                throw new InvalidInputException("data.measure", $"应为 none 或 increase-frequency / unknown measure \"{measure}\"");
            }

            months = measure == "increase-frequency" ? SurveillanceIntervals.Parse(data) : null;
        }

        report.Measure = measure;
        report.MeasureReason = reasons;
        report.AnalysedOn = context.Today;
        context.Complete(measure, data, reasons);
        if (report.Serious && report.Category == "complaint" && context.Case.Scheme == "AS")
        {
            context.Record("surveillance.frequency-decided", reasons, SurveillanceSchedule.FrequencyRule, new Dictionary<string, string>
            {
                ["decision"] = months is null ? "unchanged" : "increase",
                ["report"] = report.Number.ToString(CultureInfo.InvariantCulture),
            });
        }

        if (months is { } interval)
        {
            SurveillanceSchedule.Increase(context, interval);
        }
    }
}
