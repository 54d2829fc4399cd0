using System.Globalization;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Modes;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Programmes;

/// <summary>
/// The audit programme (002 §9.1.3; 004 §5.1.4.2): audit time with its justification (§2.4), for AS the certification
/// modes (A-20) and the client's confirmation before the contract (AS-D13), for TEL the mystery-shopping arrangement
/// and shopper (TEL-R05).
/// </summary>
public sealed class AuditProgrammeHandler : IStepHandler
{
    public const string StepKind = "audit-programme";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["propose"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var time = ProgrammeAuditTime.Calculate(context, data);
        var (modes, fieldCode) = @case.Scheme == SchemeCodes.AS ? CheckModes(context, data) : (null, null);
        var shopper = @case.Scheme == SchemeCodes.TEL ? CheckMysteryShopping(context, data) : null;
        var programme = new ProgrammeFacts
        {
            ManagerId = context.Actor.Id,
            ProposedOn = context.Today,
            PersonDays = time.PersonDays,
            TotalPersonDays = time.TotalPersonDays,
            OnSiteDaysMin = time.OnSiteDaysMin,
            OnSiteDaysMax = time.OnSiteDaysMax,
            JustificationList = [.. time.Justification.Select(j => string.Create(CultureInfo.InvariantCulture, $"{j.Step} ({j.Source}): {j.Value} — {j.Description.ZhCn}"))],
            Modes = modes,
            FieldCode = fieldCode,
            MysteryShoppingArranged = shopper is not null,
            MysteryShopperId = shopper,
        };
        @case.Facts.Programme = programme;
        var total = (time.TotalPersonDays ?? time.OnSiteDaysMax)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        context.Record("programme.audit-time", string.Join("; ", programme.Justification), null, new Dictionary<string, string>
        {
            ["personDays"] = time.PersonDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["totalPersonDays"] = total,
            ["onSiteDays"] = time.OnSiteDaysMin is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{time.OnSiteDaysMin}-{time.OnSiteDaysMax}"),
        });
        context.Complete("proposed", data.With(("auditTime", total), ("modes", modes ?? string.Empty)), StepData.Optional(data, "comment"));
        if (context.RuleId("contractSigned", "programmeConfirmed") is { } confirmationRule)
        {
            // AS-D13: the client confirms the programme before the contract is signed.
            context.Open(ProgrammeConfirmationHandler.StepKind, StaffRoles.Applicant);
            context.Notify("programme-proposed", StaffRoles.Applicant, ("rule", confirmationRule));
            return;
        }

        TeamAssignmentStart.Open(context);
    }

    private static (string Modes, string FieldCode) CheckModes(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var combination = StepContext.Required(data, "combination");
        var design = bool.TryParse(StepContext.Required(data, "designResponsibility"), out var d)
            ? d
            : throw new InvalidInputException("data.designResponsibility", "应为 true 或 false / data.designResponsibility must be true or false");
        var contact = Enum.TryParse<ContactType>(StepContext.Required(data, "contact"), ignoreCase: true, out var c) && Enum.IsDefined(c)
            ? c
            : throw new InvalidInputException("data.contact", $"应为 {string.Join(", ", Enum.GetNames<ContactType>())} / data.contact must be one of {string.Join(", ", Enum.GetNames<ContactType>())}");
        var fieldCode = StepContext.Required(data, "fieldCode");
        ModeCombinationResult result;
        try
        {
            result = context.RuleSet.CheckModes(combination, design, contact, StepData.Optional(data, "justification"));
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException("data.combination", ex.Message);
        }

        if (!result.Accepted)
        {
            var blocking = result.Findings.Where(f => f.Severity != ModeFindingSeverity.Warning).ToList();
            throw new RuleViolationException(blocking.FirstOrDefault()?.RuleId ?? "A-20",
                string.Join("; ", blocking.Select(f => $"{f.RuleId}: {f.Message.ZhCn} / {f.Message.En}")), "data.combination");
        }

        context.Record("programme.modes", result.Justification, result.AddedCodes.Count > 0 ? "A-20" : null, new Dictionary<string, string>
        {
            ["requested"] = combination,
            ["effective"] = result.EffectiveCombination,
            ["added"] = string.Join("+", result.AddedCodes),
        });
        return (result.EffectiveCombination, fieldCode);
    }

    private static string CheckMysteryShopping(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var shopper = StepContext.Required(data, "mysteryShopper");
        var person = context.Process.Staff.Find(shopper)
            ?? throw new InvalidInputException("data.mysteryShopper", $"人员目录中没有 {shopper} / {shopper} is not in the staff directory");
        var request = new TeamCheckRequest(context.Case.Scheme, context.Case.Organization, [], [person])
        {
            Programme = new AuditProgramme(context.Actor.Id, StepData.Flag(data, "mysteryShoppingArranged"), [shopper]),
        };
        context.Enforce(context.RuleSet.CheckTeam(request), "data.mysteryShoppingArranged");
        return shopper;
    }
}
