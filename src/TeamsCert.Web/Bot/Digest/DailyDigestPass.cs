using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Calendar;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Conversation;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Bot.Digest;

/// <summary>
/// One check of the daily digest: on a PRC working day from <c>Bot:Digest:At</c> (Shanghai), each configured scheme's
/// channel gets the steps overdue or due within 3 working days, once a day. The day is claimed in the database before
/// the send (and given back if the send fails), so neither a restart nor a second node sends it twice; a crash right
/// after the claim loses that day's digest, which is preferred to a duplicate in a shared channel.
/// </summary>
public sealed class DailyDigestPass(
    IOptions<DigestOptions> options, TeamsCertDbContext db, CaseQueries queries, StepSummaries summaries, DailyDigestCardBuilder builder,
    IBotConnector connector, RulesRuntime rules, TimeProvider time)
{
    /// <returns>How many channels were sent a digest.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), ShanghaiTime.Zone);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (settings.Channels.Count == 0 || TimeOnly.FromDateTime(now.DateTime) < settings.At || !rules.Calendar.IsWorkingDay(today))
        {
            return 0;
        }

        var sent = 0;
        foreach (var (scheme, conversationId) in settings.Channels.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var code = scheme.ToUpperInvariant();
            if (await ClaimAsync(code, today, cancellationToken) is not { } previous)
            {
                continue;
            }

            try
            {
                var steps = await queries.OpenStepsAsync(code, cancellationToken);
                var card = builder.Build(new DailyDigestModel([.. steps.Where(s => s.DueOn is not null).Select(summaries.From)]), "zh-CN", today);
                await connector.SendAsync(settings.ServiceUrl, conversationId, CardActivities.Message(card, "zh-CN"), cancellationToken);
            }
            catch
            {
                // Give the day back so the next pass tries again.
                await db.DigestsSent.Where(d => d.Scheme == code && d.SentOn == today)
                    .ExecuteUpdateAsync(u => u.SetProperty(d => d.SentOn, previous), CancellationToken.None);
                throw;
            }

            sent++;
        }

        return sent;
    }

    /// <summary>Takes today's digest of a scheme for this pass (conditional update, so two passes or nodes never both send).</summary>
    /// <returns>The day recorded before, to restore if the send fails; null when today's digest is already taken.</returns>
    private async Task<DateOnly?> ClaimAsync(string scheme, DateOnly today, CancellationToken cancellationToken)
    {
        var row = await db.DigestsSent.AsNoTracking().SingleOrDefaultAsync(d => d.Scheme == scheme, cancellationToken);
        if (row is null)
        {
            db.DigestsSent.Add(new DigestSentRow { Scheme = scheme, SentOn = today });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return DateOnly.MinValue;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return null;
            }
        }

        if (row.SentOn >= today)
        {
            return null;
        }

        var claimed = await db.DigestsSent.Where(d => d.Scheme == scheme && d.SentOn == row.SentOn)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.SentOn, today), cancellationToken);
        return claimed == 1 ? row.SentOn : null;
    }
}
