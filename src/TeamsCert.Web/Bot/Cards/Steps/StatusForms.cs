namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>The certificate-status step's actions (CERT-T01..T03, CERT-S01/S02, AS-D11, special-audit requests, information reports).</summary>
internal static class StatusForms
{
    private static readonly InputSpec _trigger = new("trigger", InputKind.Text, true);
    private static readonly InputSpec _reason = new("reason", InputKind.Multiline, true);

    public static IReadOnlyDictionary<string, IReadOnlyList<InputSpec>> All { get; } = StepForms.Map(
        ("suspend", [_trigger, _reason]),
        ("restore", [_trigger, new InputSpec("verifiedOn", InputKind.Date), _reason]),
        ("revoke", [_trigger, _reason]),
        ("cancel", [_trigger, _reason]),
        ("reduce-scope", [new InputSpec("removed", InputKind.Text, true), _reason]),
        ("special-audit-request", [
            new InputSpec("trigger", InputKind.SpecialAuditTrigger, true), new InputSpec("description", InputKind.Multiline, true),
            new InputSpec("team", InputKind.Team, true), new InputSpec("plannedStart", InputKind.Date),
            new InputSpec("shortNotice", InputKind.Toggle), new InputSpec("extraCareNote", InputKind.Multiline),
        ]),
        ("misuse-correction-request", [new InputSpec("description", InputKind.Multiline, true)]),
        ("report-information", [
            new InputSpec("category", InputKind.FixedChoice, true) { Choices = ["complaint", "change", "incident", "documents", "other"] },
            new InputSpec("summary", InputKind.Multiline, true), new InputSpec("receivedOn", InputKind.Date), new InputSpec("serious", InputKind.Toggle),
        ]));
}
