using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Demo;

/// <summary>
/// Fills an empty database with the demo cases of <see cref="DemoScenarios"/> through the real runtime (never raw
/// inserts), each action taken by a demo user of <see cref="DemoUsers"/> on the scenario's date.
/// </summary>
public sealed class DemoSeeder(Func<TeamsCertDbContext> newContext, RulesRuntime rules, TimeProvider time)
{
    public async Task<object> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using (var check = newContext())
        {
            var existing = await check.Cases.CountAsync(cancellationToken);
            if (existing > 0)
            {
                return new { seeded = 0, existingCases = existing, message = "数据库已有案件，未重复填充 / the database already has cases; nothing seeded" };
            }
        }

        var seeded = new List<object>();
        foreach (var scenario in DemoScenarios.All(ShanghaiTime.Today(time)))
        {
            var clock = new SettableClock(At(scenario.ReceivedOn));
            var @case = await WithActions(clock, a => a.OpenAsync(
                new OpenCaseRequest(scenario.Scheme, scenario.Organization, scenario.Personnel, scenario.Sites, scenario.Scope),
                DemoUsers.Find("reviewer@demo.local")!, cancellationToken));
            foreach (var step in scenario.Steps)
            {
                clock.Now = At(step.On);
                var actor = DemoUsers.Find(step.User) ?? throw new InvalidOperationException($"No demo user {step.User}.");
                var open = @case.Steps.Where(s => s.Kind == step.Kind && s.Status == StepStatus.Open).ToList();
                var target = open.FirstOrDefault(s => s.AssigneeId == actor.Id) ?? open.FirstOrDefault(s => s.AssigneeId is null)
                    ?? throw new InvalidOperationException($"{@case.Number}: no open {step.Kind} step for {step.User}.");
                @case = await WithActions(clock, async a => (await a.ActAsync(@case.Id, target.Id, step.Action, step.Data ?? [], null, actor, cancellationToken)).Case);
            }

            seeded.Add(new { number = @case.Number, scheme = @case.Scheme, stage = @case.Stage.ToString(), certificate = @case.Facts.Certificate?.Number });
        }

        return new { seeded = seeded.Count, cases = seeded };
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private async Task<T> WithActions<T>(SettableClock clock, Func<CaseActions, Task<T>> work)
    {
        await using var db = newContext();
        return await work(new CaseActions(new CaseStore(db, clock, rules.Schemes), rules, clock, DemoStaffDirectory.Instance, new CertificateSequence(db)));
    }
}
