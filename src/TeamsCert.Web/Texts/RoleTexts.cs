using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Texts;

/// <summary>What staff call each role code a step can wait on (the scheme files' <c>roles</c> codes).</summary>
public static class RoleTexts
{
    private static readonly Dictionary<string, LocalizedText> _all = new(StringComparer.Ordinal)
    {
        [StaffRoles.Manager] = new("经理", "manager"),
        [StaffRoles.ApplicationReviewer] = new("申请评审人员", "application reviewer"),
        [StaffRoles.ProgrammeManager] = new("方案管理人员", "programme manager"),
        [StaffRoles.TechnicalCommittee] = new("技术委员会", "technical committee"),
        [StaffRoles.DecisionMaker] = new("认证决定人员", "decision maker"),
        [StaffRoles.Applicant] = new("申请方", "applicant"),
        ["teamLeader"] = new("审核组长", "team leader"),
        ["auditor"] = new("审核员", "auditor"),
        ["technicalExpert"] = new("技术专家", "technical expert"),
        ["mysteryShopper"] = new("暗访人员", "mystery shopper"),
    };

    public static bool Has(string? role) => role is not null && _all.ContainsKey(role);

    /// <summary>The role's name; an unknown code is shown as it is.</summary>
    public static LocalizedText For(string? role) =>
        role is not null && _all.TryGetValue(role, out var text) ? text : new(role ?? "?", role ?? "?");
}
