using TeamsCert.Domain.Certificates;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>The certificate-status step's actions (CERT-T01..T03, CERT-S01/S02, AS-D11, special-audit requests, information reports).</summary>
internal static class StatusForms
{
    private static readonly InputSpec _reason = new("reason", InputKind.Multiline, true);

    public static IReadOnlyDictionary<string, IReadOnlyList<InputSpec>> All { get; } = StepForms.Map(
        ("suspend", [Trigger(CertificateState.Suspended), _reason]),
        ("restore", [Trigger(CertificateState.Valid), new InputSpec("verifiedOn", InputKind.Date), _reason]),
        ("revoke", [Trigger(CertificateState.Revoked), _reason]),
        ("cancel", [Trigger(CertificateState.Cancelled), _reason]),
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

    private static InputSpec Trigger(CertificateState to) => new("trigger", InputKind.Trigger, true) { To = to };
}
