using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Identity;

/// <summary>A staff member as the bot knows them: the runtime id (e-mail/UPN), name, workflow roles and Entra object id.</summary>
public sealed record StaffMember(string Id, string Name, IReadOnlySet<string> Roles, string? AadObjectId)
{
    public Actor ToActor() => new(Id, Name, Roles);
}
