using static TeamsCert.Domain.Workflow.Access.CaseReach;

namespace TeamsCert.Domain.Workflow.Access;

/// <summary>
/// The one table of roles × <see cref="CaseOperation"/>s: for each role, every case, only the cases the person is
/// involved in, or never. The README shows the same table (a test compares them).
/// </summary>
public static class CaseAccessTable
{
    /// <summary>The table's columns, in the order of <see cref="CaseOperation"/>.</summary>
    public static IReadOnlyList<CaseOperation> Operations { get; } = Enum.GetValues<CaseOperation>();

    // Columns: ViewCase, ActOnStep, ReadJournal, ReadDocuments, UploadDocuments, ListLinks, ManageLinks, OpenCase.
    // OpenCase: the scheme files' `roles` sections give receiving an application to `applicationReviewer` (TEL 002 §9.1.2
    // 申请评审, AS 004 §5.1.4.1 申请评审与受理, LS 000 §6.1.3 and CC9 003 §6.1.3 申请受理); the manager holds every role.
    // The programme manager's section (§9.1.3, §5.1.4.2, §6.2.1) starts after the application is accepted.
    // ManageLinks keeps LINK-ROLE: programme managers, application reviewers and managers send applicants links.
    private static readonly Dictionary<string, CaseReach[]> _rows = new(StringComparer.Ordinal)
    {
        [StaffRoles.Manager] = [Every, Every, Every, Every, Every, Every, Every, Every],
        [StaffRoles.ProgrammeManager] = [Every, Every, Every, Every, Every, Every, Every, Never],
        [StaffRoles.ApplicationReviewer] = [Every, Every, Every, Every, Every, Every, Every, Every],
        [StaffRoles.TechnicalCommittee] = [Every, Every, Every, Every, Every, Every, Never, Never],
        [StaffRoles.DecisionMaker] = [Every, Every, Every, Every, Every, Every, Never, Never],
        [StaffRoles.TeamLeader] = [Involved, Involved, Involved, Involved, Involved, Involved, Never, Never],
        [StaffRoles.Auditor] = [Involved, Involved, Involved, Involved, Involved, Involved, Never, Never],
        [StaffRoles.TechnicalExpert] = [Involved, Involved, Involved, Involved, Involved, Involved, Never, Never],
        [StaffRoles.MysteryShopper] = [Involved, Involved, Involved, Involved, Involved, Involved, Never, Never],

        // Applicants never use a staff surface: the portal's links are their only way in.
        [StaffRoles.Applicant] = [Never, Never, Never, Never, Never, Never, Never, Never],
    };

    /// <summary>The table's rows, in the order above.</summary>
    public static IReadOnlyList<string> Roles { get; } = [.. _rows.Keys];

    /// <summary>How far <paramref name="role"/> reaches for <paramref name="operation"/>; a role the table does not name reaches nowhere.</summary>
    public static CaseReach Reach(string role, CaseOperation operation) =>
        _rows.TryGetValue(role, out var row) ? row[(int)operation] : Never;

    /// <summary>Whether the role reaches at least one case for at least one operation: a staff role.</summary>
    public static bool IsStaffRole(string role) => _rows.TryGetValue(role, out var row) && row.Any(r => r != Never);
}
