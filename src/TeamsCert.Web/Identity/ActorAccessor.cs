using System.Security.Claims;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Identity;

/// <summary>Turns the signed-in principal (development identity or Entra token) into the runtime's <see cref="Actor"/>.</summary>
public static class ActorAccessor
{
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue("preferred_username")
            ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("oid")
            ?? throw new InvalidOperationException("The signed-in user has no id claim.");
        var roles = user.FindAll(ClaimTypes.Role).Concat(user.FindAll("roles")).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(id, user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue("name") ?? id, roles);
    }
}
