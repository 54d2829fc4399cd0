using System.Globalization;
using TeamsCert.Domain.AuditTime;

namespace TeamsCert.Domain.Workflow.Programmes;

// Audit time for the programme (§2.4): calculated from the case's personnel and sites; beyond the table the
// programme manager records a manual figure with its justification instead.
internal static class ProgrammeAuditTime
{
    public static AuditTimeResult Calculate(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        try
        {
            return context.RuleSet.CalculateAuditTime(new AuditTimeRequest(Kind(context), context.Case.Personnel, context.Case.Sites));
        }
        catch (RuleViolationException ex) when (ex.RuleId == "A-15")
        {
            if (StepData.Optional(data, "manualPersonDays") is not { } text)
            {
                throw new RuleViolationException("A-15", ex.Message, "data.manualPersonDays");
            }

            var days = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d > 0 && d <= InputLimits.ManualPersonDays.Max
                ? d
                : throw new InvalidInputException("data.manualPersonDays", string.Create(CultureInfo.InvariantCulture,
                    $"人日数应为不超过 {InputLimits.ManualPersonDays.Max} 的正数，如 16.5 / data.manualPersonDays must be a positive number up to {InputLimits.ManualPersonDays.Max}, such as 16.5"));
            var justification = StepContext.Required(data, "justification");
            return new AuditTimeResult
            {
                Kind = Kind(context),
                PersonDays = days,
                TotalPersonDays = days,
                Justification = [new JustificationStep("manual", "A-15", new LocalizedText(justification, justification), days)],
            };
        }
    }

    private static AuditKind Kind(StepContext context) => context.Case.Facts.Recertification is null ? AuditKind.Initial : AuditKind.Recertification;
}
