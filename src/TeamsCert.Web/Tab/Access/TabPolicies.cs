using Microsoft.AspNetCore.Authorization;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Tab.Access;

/// <summary>
/// Who may open the tab, asked of the case-access gate (<see cref="CaseAccessGate.Reach"/>, the roles × operations
/// table): the managers' views (pipeline,
/// deadlines, workload, register) are overviews across cases, for roles that see every case; the case pages are for
/// anyone who may see some case, and each page asks the case-access gate about its case.
/// </summary>
public static class TabPolicies
{
    public const string Managers = "tab-managers";
    public const string CaseReaders = "tab-case-readers";

    public static bool IsManaging(Actor actor) => CaseAccessGate.Reach(actor, CaseOperation.ViewCase) == CaseReach.Every;

    public static bool MayReadCases(Actor actor) => CaseAccessGate.Reach(actor, CaseOperation.ViewCase) != CaseReach.Never;

    public static void Add(AuthorizationBuilder authorization, string[] schemes)
    {
        authorization.AddPolicy(Managers, p => p.AddAuthenticationSchemes(schemes).RequireAuthenticatedUser()
            .RequireAssertion(c => Signed(c) && IsManaging(c.User.ToActor())));
        authorization.AddPolicy(CaseReaders, p => p.AddAuthenticationSchemes(schemes).RequireAuthenticatedUser()
            .RequireAssertion(c => Signed(c) && MayReadCases(c.User.ToActor())));
    }

    private static bool Signed(AuthorizationHandlerContext context) => context.User.Identity?.IsAuthenticated == true;
}
