using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.Web.Tab;
using TeamsCert.Web.Tab.Views;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// The workload numbers for known cases saved on SQLite: a programme's person-days shared among the active team, one
/// day at most per person and calendar day from the on-site start, split at month ends; over-allocation above
/// <c>Tab:MaxAuditDaysPerMonth</c>; a conflict when one person is on two cases' sites on the same day.
/// </summary>
public sealed class WorkloadQueriesTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    [Fact]
    public async Task Planned_FivePersonDaysTwoAuditors_TwoAndAHalfDaysEachSplitAcrossTheMonthEnd()
    {
        await SaveAsync("TEL-2025-0101", 5m, new DateOnly(2025, 10, 30), "leader@demo.local", "auditor@demo.local");

        var entries = await PlannedAsync(limit: 20);

        Assert.Equal(
            [("auditor@demo.local", "2025-10", 2m), ("leader@demo.local", "2025-10", 2m), ("auditor@demo.local", "2025-11", 0.5m), ("leader@demo.local", "2025-11", 0.5m)],
            entries.Select(e => (e.AuditorId, e.Month, e.Days)));
        Assert.All(entries, e => Assert.False(e.OverAllocated));
        Assert.All(entries, e => Assert.Empty(e.Conflicts));
    }

    [Fact]
    public async Task Planned_OverTheMonthlyLimitAndOnTwoSitesTheSameDay_FlaggedForThatPersonOnly()
    {
        await SaveAsync("TEL-2025-0101", 4m, new DateOnly(2025, 10, 13), "leader@demo.local", "auditor@demo.local");
        await SaveAsync("TEL-2025-0102", 2m, new DateOnly(2025, 10, 14), "auditor@demo.local");

        var entries = (await PlannedAsync(limit: 3)).ToDictionary(e => e.AuditorId);

        Assert.Equal((4m, true), (entries["auditor@demo.local"].Days, entries["auditor@demo.local"].OverAllocated));
        Assert.Equal("2025-10-14: TEL-2025-0101 / TEL-2025-0102", Assert.Single(entries["auditor@demo.local"].Conflicts));
        Assert.Equal((2m, false), (entries["leader@demo.local"].Days, entries["leader@demo.local"].OverAllocated));
        Assert.Empty(entries["leader@demo.local"].Conflicts);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<IReadOnlyList<WorkloadEntry>> PlannedAsync(int limit)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var queries = new WorkloadQueries(scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>(),
            Options.Create(new TabOptions { MaxAuditDaysPerMonth = limit }), scope.ServiceProvider.GetRequiredService<CaseAccessGate>(),
            scope.ServiceProvider.GetRequiredService<TeamsCert.Infrastructure.Workflow.CaseQueries>());
        return await queries.PlannedAsync(TeamsCert.Infrastructure.Identity.DemoUsers.Find("manager@demo.local")!, default);
    }

    private async Task SaveAsync(string number, decimal personDays, DateOnly onSiteStart, params string[] team)
    {
        var @case = CertificationCase.Restore(new()
        {
            Id = Guid.NewGuid(),
            Number = number,
            Scheme = "TEL",
            RuleSetVersion = "1",
            Organization = "工作量测试公司 " + number,
            Personnel = 120,
            Sites = 1,
            Scope = "呼叫中心客户服务",
            ReceivedOn = new DateOnly(2025, 9, 1),
            CreatedAt = new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(8)),
            Stage = CaseStage.Auditing,
        });
        @case.Facts.Programme = new ProgrammeFacts { ManagerId = "programme@demo.local", ProposedOn = new DateOnly(2025, 9, 10), PersonDays = personDays };
        @case.Facts.Plan = new PlanFacts { SentOn = new DateOnly(2025, 10, 1), OnSiteStart = onSiteStart };
        foreach (var person in team)
        {
            @case.Facts.TeamList.Add(new TeamMemberFacts { PersonId = person, Role = TeamRole.Auditor, Status = TeamMemberStatus.Accepted });
        }

        @case.Facts.TeamList.Add(new TeamMemberFacts { PersonId = "auditor2@demo.local", Role = TeamRole.Auditor, Status = TeamMemberStatus.Removed });
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseStore>().SaveAsync(@case);
    }
}
