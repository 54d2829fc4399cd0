using System.Text.Json.Serialization;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Modes;

namespace TeamsCert.Domain.Schemes;

/// <summary>The certificate, mode and audit-team sections of a rule set, with the scheme's policy switches applied.</summary>
public sealed partial record SchemeRuleSet
{
    public required CertificateRules Certificate { get; init; }

    public required ModesRules Modes { get; init; }

    public required TeamRules TeamRules { get; init; }

    [JsonIgnore]
    public CertificatePolicyOptions CertificatePolicies => new()
    {
        A30 = Settings.Is("A-30", "cancel") ? A30TerminationPolicy.Cancel : A30TerminationPolicy.Revoke,
        A31 = Settings.Is("A-31", "forbidden") ? A31SuspendedCancellationPolicy.Forbidden : A31SuspendedCancellationPolicy.AllowedAndLogged,
        A34 = Settings.Is("A-34", "issueImmediately") ? A34ConditionalApprovalPolicy.IssueImmediately : A34ConditionalApprovalPolicy.IssueAfterVerification,
    };

    /// <summary>The team rules in force: A-13 switched off removes the LS/CC9 decision-maker independence check.</summary>
    [JsonIgnore]
    public TeamRules EffectiveTeamRules =>
        Settings.Is("A-13", "off") && TeamRules.DecisionMakerNotInAuditTeam == "A-13"
            ? TeamRules with { DecisionMakerNotInAuditTeam = null }
            : TeamRules;

    /// <summary>Validity in years; LS/CC9 state none, so their files cite A-10 and the policy value decides.</summary>
    [JsonIgnore]
    public int ValidityYears =>
        Certificate.ValiditySource.StartsWith("A-10", StringComparison.Ordinal) ? Settings.Number("A-10") : Certificate.ValidityYears;

    public DateOnly CertificateExpiry(DateOnly issued) => CertificateValidity.Expires(issued, ValidityYears);

    public CertificateNumber NumberCertificate(CertificateNumberRequest request) =>
        new CertificateNumbering(Certificate.Numbering
            ?? throw new InvalidInputException("scheme", $"方案 {Scheme} 未配置证书编号格式 / scheme {Scheme} has no certificate numbering")).Format(request);

    public CertificateTransition TransitionCertificate(CertificateState from, CertificateState to, string trigger) =>
        CertificateStateMachine.Transition(from, to, trigger, Certificate, CertificatePolicies);

    public IReadOnlyList<RuleBreach> CheckTeam(TeamCheckRequest request) => TeamRuleCheck.Check(EffectiveTeamRules, request);

    public ModeCombinationResult CheckModes(string combination, bool designResponsibility, ContactType contact, string? justification = null) =>
        ModeCombinationCheck.Evaluate(Modes, combination, designResponsibility, contact, justification,
            Settings.Is("A-20", "asListed") ? A20MandatoryModesPolicy.ListedOnly : A20MandatoryModesPolicy.AddMandatoryModes);
}
