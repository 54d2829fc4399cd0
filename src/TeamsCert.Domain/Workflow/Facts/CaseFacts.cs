using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>
/// What the certification cycle has established for a case beyond its application columns: programme, team, plan,
/// audits, findings, score, decision, certificate and surveillance. Stored as one JSON column, read with the case.
/// </summary>
public sealed class CaseFacts
{
    /// <summary>The applicant's contact person, from the invitation or the application form.</summary>
    [JsonInclude]
    public ApplicantContactFacts? Contact { get; internal set; }

    /// <summary>The application form submitted through the portal; null for a case opened by staff from a paper application.</summary>
    [JsonInclude]
    public ApplicationFormFacts? Application { get; internal set; }

    [JsonInclude]
    public ProgrammeFacts? Programme { get; internal set; }

    [JsonIgnore]
    public IReadOnlyList<TeamMemberFacts> Team => TeamList;

    [JsonInclude]
    [JsonPropertyName("team")]
    internal List<TeamMemberFacts> TeamList { get; init; } = [];

    [JsonInclude]
    public PlanFacts? Plan { get; internal set; }

    /// <summary>Date the mystery shopping (暗访) was done (TEL-D04) and by whom.</summary>
    [JsonInclude]
    public DateOnly? MysteryShoppingOn { get; internal set; }

    [JsonInclude]
    public string? MysteryShopperId { get; internal set; }

    [JsonIgnore]
    public IReadOnlyList<AuditFacts> Audits => AuditsList;

    [JsonInclude]
    [JsonPropertyName("audits")]
    internal List<AuditFacts> AuditsList { get; init; } = [];

    [JsonIgnore]
    public IReadOnlyList<FindingFacts> Findings => FindingsList;

    [JsonInclude]
    [JsonPropertyName("findings")]
    internal List<FindingFacts> FindingsList { get; init; } = [];

    /// <summary>The scheme's score of the stage-2 audit: AS score and band, TEL star level, LS/CC9 composite.</summary>
    [JsonInclude]
    public ScoreFacts? Score { get; internal set; }

    /// <summary>Date the audit file was complete (report approved), anchor of TEL-D03.</summary>
    [JsonInclude]
    public DateOnly? AuditFileCompleteOn { get; internal set; }

    [JsonInclude]
    public bool CorrectionsVerified { get; internal set; }

    [JsonInclude]
    public DecisionFacts? Decision { get; internal set; }

    [JsonInclude]
    public CertificateFacts? Certificate { get; internal set; }

    [JsonIgnore]
    public IReadOnlyList<SurveillanceFacts> Surveillances => SurveillancesList;

    [JsonInclude]
    [JsonPropertyName("surveillances")]
    internal List<SurveillanceFacts> SurveillancesList { get; init; } = [];

    /// <summary>Special audits of the certified case (AS 004 §5.7.4; TEL 002 §9.4, §11), oldest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<SpecialAuditFacts> SpecialAudits => SpecialAuditsList;

    [JsonInclude]
    [JsonPropertyName("specialAudits")]
    internal List<SpecialAuditFacts> SpecialAuditsList { get; init; } = [];

    /// <summary>Information reported while the certificate lives (002 §11; 004 §7), oldest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<InformationReportFacts> InformationReports => InformationReportsList;

    [JsonInclude]
    [JsonPropertyName("informationReports")]
    internal List<InformationReportFacts> InformationReportsList { get; init; } = [];

    /// <summary>A-36: months between surveillances after a decision to increase their frequency; null = the scheme's own.</summary>
    [JsonInclude]
    public int? SurveillanceIntervalMonths { get; internal set; }

    /// <summary>A-09 / LS-D04: the date from which recertification should be applied for (expiry − 3 months).</summary>
    [JsonInclude]
    public DateOnly? RecertificationReminderOn { get; internal set; }

    /// <summary>The recertification under way or last done; null before the first one.</summary>
    [JsonInclude]
    public RecertificationFacts? Recertification { get; internal set; }

    /// <summary>Certificates replaced by recertification, oldest first, each with its status history.</summary>
    [JsonIgnore]
    public IReadOnlyList<CertificateFacts> PreviousCertificates => PreviousCertificatesList;

    [JsonInclude]
    [JsonPropertyName("previousCertificates")]
    internal List<CertificateFacts> PreviousCertificatesList { get; init; } = [];

    /// <summary>
    /// The year whose sequence the certificate number took: the first certificate's issue year, kept through
    /// recertification (A-29: the base number is the stable id), so a renewal never claims another year's sequence.
    /// </summary>
    [JsonIgnore]
    public int? CertificateSequenceYear => (PreviousCertificatesList.Count > 0 ? PreviousCertificatesList[0] : Certificate)?.IssuedOn.Year;

    public AuditFacts? Audit(string kind) => Audits.LastOrDefault(a => a.Kind == kind);

    [JsonIgnore]
    public IEnumerable<TeamMemberFacts> ActiveTeam => Team.Where(m => m.Status != TeamMemberStatus.Removed);

    [JsonIgnore]
    public TeamMemberFacts? Leader => ActiveTeam.FirstOrDefault(m => m.Role == TeamsCert.Domain.AuditTeams.TeamRole.TeamLeader);
}
