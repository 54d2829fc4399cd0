using Microsoft.AspNetCore.Authorization;
using TeamsCert.Domain.Workflow;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Tab.Access;

/// <summary>
/// Who may open the tab. The managers' views (pipeline, deadlines, workload, register) are for the certification body's
/// managing roles; auditors may open only the case pages of cases whose team they are on (checked by the page).
/// </summary>
public static class TabPolicies
{
    public const string Managers = "tab-managers";
    public const string CaseReaders = "tab-case-readers";

    public static readonly string[] ManagingRoles =
        [StaffRoles.Manager, StaffRoles.ProgrammeManager, "technicalCommittee", "decisionMaker", StaffRoles.ApplicationReviewer];

    public static readonly string[] AuditingRoles = ["teamLeader", "auditor", "technicalExpert", "mysteryShopper"];

    public static bool IsManaging(Actor actor) => ManagingRoles.Any(actor.Roles.Contains);

    public static void Add(AuthorizationBuilder authorization, string[] schemes)
    {
        authorization.AddPolicy(Managers, p => p.AddAuthenticationSchemes(schemes).RequireAuthenticatedUser()
            .RequireAssertion(c => Signed(c) && IsManaging(c.User.ToActor())));
        authorization.AddPolicy(CaseReaders, p => p.AddAuthenticationSchemes(schemes).RequireAuthenticatedUser()
            .RequireAssertion(c => Signed(c) && (IsManaging(c.User.ToActor()) || AuditingRoles.Any(c.User.ToActor().Roles.Contains))));
    }

    private static bool Signed(AuthorizationHandlerContext context) => context.User.Identity?.IsAuthenticated == true;
}
