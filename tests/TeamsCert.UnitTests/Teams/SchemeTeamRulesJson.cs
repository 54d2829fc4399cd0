namespace TeamsCert.UnitTests.Teams;

// `$.teamRules` of every scheme, identical to scratch/{LS,CC9,TEL,AS}.teamRules.json.
internal static class SchemeTeamRulesJson
{
    public const string Ls = """
        {
          "teamRules": {
            "decisionMakerNotInAuditTeam": "A-13",
            "auditorQualified": "000 §6.2.1.1(2)",
            "competenceEvaluationRequired": false,
            "technicalExpertSupervised": null,
            "noConflictOfInterest": "LS-R03",
            "shortNoticeConflictOfInterest": null,
            "shortNoticeExtraCare": null,
            "mysteryShoppersAreTeamAuditors": null,
            "teamLeaderAppointed": null,
            "teamOfRegisteredAuditors": null,
            "reportApprovers": "LS-R02",
            "programmeMysteryShopping": null,
            "notes": "A-13: decision maker must not have audited (ISO/IEC 17065 §7.6.2); TC members who did not audit may decide. 000 §6.2.1.1(2) 审核能力 has no reference id: checked as a valid auditor registration only."
          }
        }
        """;

    public const string Cc9 = """
        {
          "teamRules": {
            "decisionMakerNotInAuditTeam": "A-13",
            "auditorQualified": null,
            "competenceEvaluationRequired": false,
            "technicalExpertSupervised": null,
            "noConflictOfInterest": "LS-R03",
            "shortNoticeConflictOfInterest": null,
            "shortNoticeExtraCare": null,
            "mysteryShoppersAreTeamAuditors": null,
            "teamLeaderAppointed": null,
            "teamOfRegisteredAuditors": null,
            "reportApprovers": "CC9-R02",
            "programmeMysteryShopping": null,
            "notes": "A-13 as LS. Conflict of interest: 003 has no own id (only §11.2.1 审核组…独立性), so LS-R03 is applied under ISO/IEC 17065 §4.2. 003 states no auditor qualification."
          }
        }
        """;

    public const string Tel = """
        {
          "teamRules": {
            "decisionMakerNotInAuditTeam": "TEL-R01",
            "auditorQualified": "TEL-R02",
            "competenceEvaluationRequired": true,
            "technicalExpertSupervised": "TEL-R03",
            "noConflictOfInterest": "LS-R03",
            "shortNoticeConflictOfInterest": null,
            "shortNoticeExtraCare": "TEL-R04",
            "mysteryShoppersAreTeamAuditors": null,
            "teamLeaderAppointed": "TEL-R06",
            "teamOfRegisteredAuditors": null,
            "reportApprovers": null,
            "programmeMysteryShopping": "TEL-R05",
            "notes": "002 has no general conflict-of-interest clause: LS-R03 is applied under ISO/IEC 17065 §4.2. Mystery shoppers (暗访员) are assigned in the programme (TEL-R05) and need not be team auditors."
          }
        }
        """;

    public const string As = """
        {
          "teamRules": {
            "decisionMakerNotInAuditTeam": "AS-R01",
            "auditorQualified": "AS-R02",
            "competenceEvaluationRequired": false,
            "technicalExpertSupervised": "AS-R03",
            "noConflictOfInterest": "LS-R03",
            "shortNoticeConflictOfInterest": "AS-R04",
            "shortNoticeExtraCare": null,
            "mysteryShoppersAreTeamAuditors": "AS-R05",
            "teamLeaderAppointed": null,
            "teamOfRegisteredAuditors": "AS-R06",
            "reportApprovers": null,
            "programmeMysteryShopping": null,
            "notes": "004 states conflict of interest only for short-notice audits (AS-R04); other audits apply LS-R03 under ISO/IEC 17065 §4.2."
          }
        }
        """;
}
