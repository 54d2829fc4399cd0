using Microsoft.Extensions.Options;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Bot.Users;

/// <summary>Where to reach a staff member proactively: their stored conversation reference by Entra id, UPN or (Development) mapped Teams id.</summary>
public sealed class StaffAddressBook(ConversationReferenceStore references, IOptions<BotOptions> options, IHostEnvironment environment)
{
    public async Task<ConversationReferenceRow?> FindAsync(Person member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        foreach (var key in Keys(member))
        {
            if (await references.FindByUserAsync(key, cancellationToken) is { } row)
            {
                return row;
            }
        }

        return null;
    }

    private IEnumerable<string> Keys(Person member)
    {
        if (environment.IsDevelopment())
        {
            foreach (var (teamsId, email) in options.Value.DevelopmentUsers)
            {
                if (string.Equals(email, member.Id, StringComparison.OrdinalIgnoreCase))
                {
                    yield return teamsId;
                }
            }
        }

        if (member.AadObjectId is { Length: > 0 } aad)
        {
            yield return aad;
        }

        yield return member.Id;
    }
}
