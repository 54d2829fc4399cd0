using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTeams;

/// <summary>
/// Which team rules a scheme cites, JSON <c>$.teamRules</c>: each entry is the rule id to report, or null when the
/// scheme does not cite the rule. Conflict of interest is the exception: ISO/IEC 17065 §4.2 binds every scheme, so
/// it is checked even when <see cref="NoConflictOfInterest"/> is null, under <see cref="DefaultConflictOfInterestRuleId"/>.
/// </summary>
public sealed record TeamRules : IValidatableRuleData
{
    /// <summary>LS-R03's logic (000 §6.2.1.1 items 3–4) is applied, A-13 style, to schemes that have no such rule of their own.</summary>
    public const string DefaultConflictOfInterestRuleId = "LS-R03";

    /// <summary>TEL-R01, AS-R01; LS/CC9 via A-13.</summary>
    public string? DecisionMakerNotInAuditTeam { get; init; }

    /// <summary>TEL-R02, AS-R02: valid auditor registration on the audit dates.</summary>
    public string? AuditorQualified { get; init; }

    /// <summary>TEL-R02 also asks for the CB's competence evaluation for the scheme; AS-R02 does not.</summary>
    public bool CompetenceEvaluationRequired { get; init; }

    public string? TechnicalExpertSupervised { get; init; }

    public string? NoConflictOfInterest { get; init; }

    /// <summary>AS-R04: reported instead of <see cref="NoConflictOfInterest"/> for short-notice audits.</summary>
    public string? ShortNoticeConflictOfInterest { get; init; }

    public string? ShortNoticeExtraCare { get; init; }

    public string? MysteryShoppersAreTeamAuditors { get; init; }

    public string? TeamLeaderAppointed { get; init; }

    public string? TeamOfRegisteredAuditors { get; init; }

    public string? ReportApprovers { get; init; }

    public string? ProgrammeMysteryShopping { get; init; }

    public string? Notes { get; init; }

    /// <summary>Keys the file has but this type does not know; a misspelt key would otherwise switch a rule off silently.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? UnknownKeys { get; init; }

    public string ConflictOfInterestRuleId(bool shortNotice) =>
        shortNotice && ShortNoticeConflictOfInterest is { } shortNoticeId
            ? shortNoticeId
            : NoConflictOfInterest ?? DefaultConflictOfInterestRuleId;

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        (string Key, string? Id)[] ids =
        [
            ("decisionMakerNotInAuditTeam", DecisionMakerNotInAuditTeam), ("auditorQualified", AuditorQualified),
            ("technicalExpertSupervised", TechnicalExpertSupervised), ("noConflictOfInterest", NoConflictOfInterest),
            ("shortNoticeConflictOfInterest", ShortNoticeConflictOfInterest), ("shortNoticeExtraCare", ShortNoticeExtraCare),
            ("mysteryShoppersAreTeamAuditors", MysteryShoppersAreTeamAuditors), ("teamLeaderAppointed", TeamLeaderAppointed),
            ("teamOfRegisteredAuditors", TeamOfRegisteredAuditors), ("reportApprovers", ReportApprovers),
            ("programmeMysteryShopping", ProgrammeMysteryShopping),
        ];
        foreach (var (key, id) in ids)
        {
            validation.Require(id is null || RuleDataText.IsRuleId(id), $"{jsonPath}.{key}",
                $"'{id}' is not a rule id (e.g. 'TEL-R01', 'A-13' or a seed section such as '000 §6.2.1.1(2)')");
        }

        validation.Require(!CompetenceEvaluationRequired || AuditorQualified is not null, $"{jsonPath}.competenceEvaluationRequired",
            "needs auditorQualified to name the rule that requires it");
        foreach (var key in UnknownKeys?.Keys ?? [])
        {
            validation.Error($"{jsonPath}.{key}", "is not a known team rule");
        }
    }
}
