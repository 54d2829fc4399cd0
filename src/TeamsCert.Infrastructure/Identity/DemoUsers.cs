using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Identity;

/// <summary>
/// The demo staff (addresses at demo.local) used by the development sign-in and the demo data. Never used outside
/// the Development environment.
/// </summary>
public static class DemoUsers
{
    public static IReadOnlyList<Actor> All { get; } =
    [
        User("manager@demo.local", "王经理", StaffRoles.Manager),
        User("reviewer@demo.local", "李评审", StaffRoles.ApplicationReviewer),
        User("reviewer2@demo.local", "赵评审", StaffRoles.ApplicationReviewer),
        User("programme@demo.local", "陈方案", StaffRoles.ProgrammeManager),
        User("leader@demo.local", "张组长", "teamLeader", "auditor"),
        User("auditor@demo.local", "刘审核", "auditor"),
        User("auditor2@demo.local", "孙审核", "auditor", "mysteryShopper"),
        User("expert@demo.local", "周专家", "technicalExpert"),
        User("tc@demo.local", "吴委员", "technicalCommittee"),
        User("decider@demo.local", "郑决定", "decisionMaker", "technicalCommittee"),
        User("applicant@demo.local", "申请组织联系人", StaffRoles.Applicant),
    ];

    public static Actor? Find(string idOrEmail) =>
        All.FirstOrDefault(u => string.Equals(u.Id, idOrEmail.Trim(), StringComparison.OrdinalIgnoreCase));

    private static Actor User(string email, string name, params string[] roles) =>
        new(email, name, new HashSet<string>(roles, StringComparer.Ordinal));
}
