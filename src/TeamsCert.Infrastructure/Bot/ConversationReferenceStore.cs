using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>Saves and finds conversation references, one per (channel, user, conversation).</summary>
public sealed class ConversationReferenceStore(TeamsCertDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Inserts or refreshes the reference for the activity's sender and conversation. Returns null (and saves nothing)
    /// when the activity lacks a sender, conversation, channel or service URL. Fields the activity does not carry keep
    /// their stored value.
    /// </summary>
    public async Task<ConversationReferenceRow?> UpsertAsync(BotActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.From?.Id is not { Length: > 0 } userId || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ChannelId is not { Length: > 0 } channelId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        // Another request inserting the same reference first (unique index) makes the retry find and update that one.
        var retrying = false;
        return await LostRaceRetry.Pipeline.ExecuteAsync(async ct =>
        {
            if (retrying)
            {
                db.ChangeTracker.Clear();
            }

            retrying = true;
            var row = await db.ConversationReferences.SingleOrDefaultAsync(
                r => r.ChannelId == channelId && r.UserId == userId && r.ConversationId == conversationId, ct);
            if (row is null)
            {
                row = new ConversationReferenceRow { Id = Guid.NewGuid(), ChannelId = channelId, UserId = userId, ConversationId = conversationId };
                db.ConversationReferences.Add(row);
            }

            Apply(row, activity, serviceUrl);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DatabaseErrors.Translate(ex, Guid.Empty) is { } translated)
            {
                throw translated;
            }

            return row;
        }, cancellationToken);
    }

    /// <summary>The user's reference by channel user id, Entra object id or UPN/e-mail (exact); a personal chat first, then the newest.</summary>
    public async Task<ConversationReferenceRow?> FindByUserAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserId == user || r.AadObjectId == user || r.UserPrincipalName == user)
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.ConversationType == "personal")
            .ThenByDescending(r => r.UpdatedAt)
            .FirstOrDefault();
    }

    /// <summary>Remembers the user's UPN/e-mail (learnt from the members API) on every reference of that channel user.</summary>
    public async Task RememberUserPrincipalNameAsync(string channelId, string userId, string userPrincipalName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPrincipalName);
        await db.ConversationReferences.Where(r => r.ChannelId == channelId && r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserPrincipalName, userPrincipalName), cancellationToken);
    }

    /// <summary>The stored UPN/e-mail of a channel user, if the members API was asked before.</summary>
    public async Task<string?> UserPrincipalNameAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
        await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.UserId == userId && r.UserPrincipalName != null)
            .Select(r => r.UserPrincipalName)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>All references of one conversation type (<c>personal</c>, <c>groupChat</c>, <c>channel</c>), oldest update first.</summary>
    public async Task<IReadOnlyList<ConversationReferenceRow>> ListByConversationTypeAsync(string conversationType, CancellationToken cancellationToken = default)
    {
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ConversationType == conversationType)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.UpdatedAt).ThenBy(r => r.UserId, StringComparer.Ordinal)];
    }

    private void Apply(ConversationReferenceRow row, BotActivity activity, string serviceUrl)
    {
        var from = activity.From!;
        row.ServiceUrl = serviceUrl;
        row.AadObjectId = from.AadObjectId ?? row.AadObjectId;
        row.UserName = from.Name ?? row.UserName;
        row.UserPrincipalName = from.ExtraString("userPrincipalName") ?? from.ExtraString("email") ?? row.UserPrincipalName;
        row.ConversationType = activity.Conversation!.ConversationType ?? row.ConversationType;
        row.TenantId = activity.Conversation.TenantId ?? TenantFromChannelData(activity) ?? row.TenantId;
        row.BotId = activity.Recipient?.Id ?? row.BotId;
        row.BotName = activity.Recipient?.Name ?? row.BotName;
        row.Locale = activity.Locale ?? row.Locale;
        // PostgreSQL stores timestamptz only from UTC offsets; a clock may hand out local-offset instants.
        row.UpdatedAt = clock.GetUtcNow().ToUniversalTime();
    }

    private static string? TenantFromChannelData(BotActivity activity) =>
        activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == System.Text.Json.JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
}
