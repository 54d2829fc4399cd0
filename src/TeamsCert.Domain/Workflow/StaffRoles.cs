namespace TeamsCert.Domain.Workflow;

/// <summary>Role codes of the certification body's staff; most match the scheme files' <c>roles</c> codes.</summary>
public static class StaffRoles
{
    public const string Manager = "manager";
    public const string ApplicationReviewer = "applicationReviewer";
    public const string ProgrammeManager = "programmeManager";
    public const string TechnicalCommittee = "technicalCommittee";
    public const string DecisionMaker = "decisionMaker";
    public const string TeamLeader = "teamLeader";
    public const string Auditor = "auditor";
    public const string TechnicalExpert = "technicalExpert";
    public const string MysteryShopper = "mysteryShopper";
    public const string Applicant = "applicant";
}
