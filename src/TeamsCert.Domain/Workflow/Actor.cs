namespace TeamsCert.Domain.Workflow;

/// <summary>Who acts: a staff member with roles (scheme role codes such as <c>applicationReviewer</c>), or the system.</summary>
public sealed record Actor(string Id, string DisplayName, IReadOnlySet<string> Roles)
{
    public static Actor System { get; } = new("system", "TeamsCert", new HashSet<string>(["system"]));

    public bool Has(string role) => Roles.Contains(role) || Roles.Contains(StaffRoles.Manager);
}
