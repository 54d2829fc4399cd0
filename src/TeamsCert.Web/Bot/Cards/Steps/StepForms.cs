using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.AuditTeams;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// The inputs of every step kind's actions, read off the data keys each handler reads (StepContext.Required,
/// StepData.*). Required on the card where the handler always requires it, and for the reason of a negative answer.
/// The team picker's <c>pickedLeader</c> and <c>pickedAuditors</c> are mapped by the bot into the handler's <c>team</c> JSON.
/// </summary>
public static class StepForms
{
    private static readonly InputSpec _comment = new("comment", InputKind.Multiline);
    private static readonly InputSpec _reason = new("reason", InputKind.Multiline, true);
    private static readonly InputSpec _start = new("start", InputKind.Date, true);
    private static readonly InputSpec _end = new("end", InputKind.Date, true);
    private static readonly InputSpec _findings = new("findings", InputKind.Json);
    private static readonly InputSpec _team = new("team", InputKind.Team, true);
    private static readonly string[] _as = [SchemeCodes.AS];
    private static readonly string[] _tel = [SchemeCodes.TEL];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<InputSpec>>> All { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<InputSpec>>>(StringComparer.Ordinal)
        {
            // The applicant fills the application form on the portal; a card can only send it on (the form's checks name what is missing).
            ["application-form"] = One("submit"),
            ["application-review"] = Map(("accept", [_comment]), ("deficiency", [new("missing", InputKind.Materials, true)]), ("reject", [_reason])),
            ["applicant-documents"] = One("supply", new InputSpec("materials", InputKind.Materials, true)),
            ["audit-programme"] = One("propose",
                new InputSpec("manualPersonDays", InputKind.Number), new InputSpec("justification", InputKind.Multiline),
                new InputSpec("combination", InputKind.Text, true) { Schemes = _as },
                new InputSpec("designResponsibility", InputKind.Toggle) { Schemes = _as },
                new InputSpec("contact", InputKind.FixedChoice, true) { Schemes = _as, Choices = ["PersonToPerson", "PersonToMachine", "MachineToPerson", "MachineToMachine"] },
                new InputSpec("fieldCode", InputKind.Text, true) { Schemes = _as },
                new InputSpec("mysteryShopper", InputKind.Text, true) { Schemes = _tel },
                new InputSpec("mysteryShoppingArranged", InputKind.Toggle) { Schemes = _tel },
                _comment),
            ["programme-confirmation"] = One("confirm", _comment),
            ["contract"] = One("sign", new InputSpec("contractDate", InputKind.Date, true), _comment),
            ["team-assignment"] = One("assign", _team, new InputSpec("plannedStart", InputKind.Date), new InputSpec("plannedEnd", InputKind.Date), _comment),
            ["team-acceptance"] = Acceptance(),
            ["audit-plan"] = One("send", new InputSpec("onSiteStart", InputKind.Date, true), _comment),
            ["plan-acknowledgement"] = One("acknowledge", _comment),
            ["mystery-shopping"] = One("record", new InputSpec("date", InputKind.Date, true), _comment),
            ["stage1-audit"] = One("complete", _start, _end, _findings, _comment),
            ["stage2-audit"] = One("complete", _start, _end, _findings, new InputSpec("score", InputKind.Json, true), _comment),
            ["corrective-actions"] = One("submit", new InputSpec("actions", InputKind.Multiline, true)),
            ["corrective-action-verification"] = Map(("verify", [_comment]), ("reject", [_reason])),
            ["report-approval"] = One("approve", _comment),
            ["committee-report-approval"] = One("approve", _comment),
            ["certification-decision"] = One("decide",
                new InputSpec("outcome", InputKind.Outcome, true), new InputSpec("reasons", InputKind.Multiline),
                new InputSpec("complaints", InputKind.Multiline)),
            ["supply-information"] = One("supply", new InputSpec("information", InputKind.Multiline, true)),
            ["decision-notification"] = One("notify", new InputSpec("validFrom", InputKind.Date), _comment),
            ["surveillance-team-assignment"] = One("assign", _team, new InputSpec("plannedStart", InputKind.Date), _comment),
            ["surveillance-team-acceptance"] = Acceptance(),
            ["surveillance-audit-plan"] = One("send", new InputSpec("onSiteStart", InputKind.Date, true), _comment),
            ["surveillance-plan-acknowledgement"] = One("acknowledge", _comment),
            ["surveillance-audit"] = One("complete", _start, _end,
                new InputSpec("score", InputKind.Json, true) { Schemes = _as }, new InputSpec("justification", InputKind.Multiline), _comment),
            ["surveillance-decision"] = One("decide",
                new InputSpec("outcome", InputKind.Outcome, true), new InputSpec("reasons", InputKind.Multiline), new InputSpec("trigger", InputKind.Trigger)),
            ["certificate-status"] = StatusForms.All,
            ["status-publication"] = One("publish", _comment),
            ["certificate-expiry"] = One("expire", new InputSpec("reason", InputKind.Multiline)),
            ["recertification-application"] = One("apply", new InputSpec("significantChange", InputKind.Toggle), _comment),
            ["special-audit"] = One("complete", _start, _end, _findings, new InputSpec("score", InputKind.Json) { Schemes = _as }, _comment),
            ["special-audit-decision"] = One("decide",
                new InputSpec("outcome", InputKind.FixedChoice, true) { Choices = ["maintain", "suspend", "revoke"] },
                new InputSpec("reasons", InputKind.Multiline), new InputSpec("trigger", InputKind.Trigger), new InputSpec("verifiedOn", InputKind.Date),
                new InputSpec("frequencyDecision", InputKind.FixedChoice) { Choices = ["increase", "unchanged"] },
                new InputSpec("frequencyJustification", InputKind.Multiline), new InputSpec("intervalMonths", InputKind.Number)),
            ["information-analysis"] = Map(
                ("close", [
                    new InputSpec("measure", InputKind.FixedChoice, true) { Choices = ["none", "increase-frequency"] },
                    new InputSpec("intervalMonths", InputKind.Number), new InputSpec("reasons", InputKind.Multiline, true),
                ]),
                ("special-audit", [
                    new InputSpec("reasons", InputKind.Multiline, true), new InputSpec("trigger", InputKind.SpecialAuditTrigger, true),
                    new InputSpec("description", InputKind.Multiline, true), _team, new InputSpec("plannedStart", InputKind.Date),
                    new InputSpec("shortNotice", InputKind.Toggle), new InputSpec("extraCareNote", InputKind.Multiline),
                ])),
            ["misuse-correction"] = One("corrected", new InputSpec("evidence", InputKind.Multiline, true)),
        };

    /// <summary>The inputs of one action of a step kind, for the case's scheme; empty when the kind is unknown.</summary>
    public static IReadOnlyList<InputSpec> For(string kind, string action, string scheme) =>
        All.TryGetValue(kind, out var actions) && actions.TryGetValue(action, out var inputs)
            ? [.. inputs.Where(i => i.AppliesTo(scheme))]
            : [];

    private static Dictionary<string, IReadOnlyList<InputSpec>> Acceptance() =>
        Map(
            ("accept", [
                new InputSpec("conflictOfInterest", InputKind.FixedChoice, true) { Choices = [ConflictDeclaration.NoConflict, ConflictDeclaration.Declared] },
                new InputSpec("conflictDetails", InputKind.Multiline),
            ]),
            ("decline", [_reason]));

    private static Dictionary<string, IReadOnlyList<InputSpec>> One(string action, params InputSpec[] inputs) =>
        new(StringComparer.Ordinal) { [action] = inputs };

    internal static Dictionary<string, IReadOnlyList<InputSpec>> Map(params (string Action, InputSpec[] Inputs)[] actions) =>
        actions.ToDictionary(a => a.Action, IReadOnlyList<InputSpec> (a) => a.Inputs, StringComparer.Ordinal);
}
