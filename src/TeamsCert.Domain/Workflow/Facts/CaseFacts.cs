using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>
/// What the certification cycle has established for a case beyond its application columns: programme, team, plan,
/// audits, findings, score, decision, certificate and surveillance. Stored as one JSON column, read with the case.
/// </summary>
public sealed class CaseFacts
{
    /// <summary>The applicant's contact person, from the invitation or the application form.</summary>
    public ApplicantContactFacts? Contact { get; set; }

    /// <summary>The application form submitted through the portal; null for a case opened by staff from a paper application.</summary>
    public ApplicationFormFacts? Application { get; set; }

    public ProgrammeFacts? Programme { get; set; }

    public List<TeamMemberFacts> Team { get; init; } = [];

    public PlanFacts? Plan { get; set; }

    /// <summary>Date the mystery shopping (暗访) was done (TEL-D04) and by whom.</summary>
    public DateOnly? MysteryShoppingOn { get; set; }

    public string? MysteryShopperId { get; set; }

    public List<AuditFacts> Audits { get; init; } = [];

    public List<FindingFacts> Findings { get; init; } = [];

    /// <summary>The scheme's score of the stage-2 audit: AS score and band, TEL star level, LS/CC9 composite.</summary>
    public ScoreFacts? Score { get; set; }

    /// <summary>Date the audit file was complete (report approved), anchor of TEL-D03.</summary>
    public DateOnly? AuditFileCompleteOn { get; set; }

    public bool CorrectionsVerified { get; set; }

    public DecisionFacts? Decision { get; set; }

    public CertificateFacts? Certificate { get; set; }

    public List<SurveillanceFacts> Surveillances { get; init; } = [];

    /// <summary>Special audits of the certified case (AS 004 §5.7.4; TEL 002 §9.4, §11), oldest first.</summary>
    public List<SpecialAuditFacts> SpecialAudits { get; init; } = [];

    /// <summary>Information reported while the certificate lives (002 §11; 004 §7), oldest first.</summary>
    public List<InformationReportFacts> InformationReports { get; init; } = [];

    /// <summary>A-36: months between surveillances after a decision to increase their frequency; null = the scheme's own.</summary>
    public int? SurveillanceIntervalMonths { get; set; }

    /// <summary>A-09 / LS-D04: the date from which recertification should be applied for (expiry − 3 months).</summary>
    public DateOnly? RecertificationReminderOn { get; set; }

    /// <summary>The recertification under way or last done; null before the first one.</summary>
    public RecertificationFacts? Recertification { get; set; }

    /// <summary>Certificates replaced by recertification, oldest first, each with its status history.</summary>
    public List<CertificateFacts> PreviousCertificates { get; init; } = [];

    /// <summary>
    /// The year whose sequence the certificate number took: the first certificate's issue year, kept through
    /// recertification (A-29: the base number is the stable id), so a renewal never claims another year's sequence.
    /// </summary>
    [JsonIgnore]
    public int? CertificateSequenceYear => (PreviousCertificates.FirstOrDefault() ?? Certificate)?.IssuedOn.Year;

    public AuditFacts? Audit(string kind) => Audits.LastOrDefault(a => a.Kind == kind);

    [JsonIgnore]
    public IEnumerable<TeamMemberFacts> ActiveTeam => Team.Where(m => m.Status != TeamMemberStatus.Removed);

    [JsonIgnore]
    public TeamMemberFacts? Leader => ActiveTeam.FirstOrDefault(m => m.Role == TeamsCert.Domain.AuditTeams.TeamRole.TeamLeader);
}
