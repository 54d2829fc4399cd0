using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>
/// "My tasks": open steps assigned to the user, or to a role they hold while nobody is assigned; managers also see
/// every overdue step (those were escalated to them). Only steps of cases the user may see (the case-access gate's
/// ViewCase). The card orders them most urgent first.
/// </summary>
public sealed class MyStepsQuery(CaseQueries queries, StepSummaries summaries, TimeProvider time)
{
    public async Task<MyStepsModel> ForAsync(Person user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = ShanghaiTime.Today(time);
        var manager = user.Roles.Contains(StaffRoles.Manager);
        var steps = await queries.OpenStepsAsync(null, user.ToActor(), "bot.my-tasks", cancellationToken);
        var mine = steps.Where(s =>
            string.Equals(s.AssigneeId, user.Id, StringComparison.OrdinalIgnoreCase)
            || (s.AssigneeId is null && user.Roles.Contains(s.Role))
            || (manager && s.DueOn < today));
        return new MyStepsModel(user.Name, [.. mine.Select(summaries.From)]);
    }
}
