using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>The runtime over a real database with a fake clock, each call in its own DbContext like separate requests.</summary>
public sealed class RuntimeHarness(TestDatabase database, FakeTimeProvider clock)
{
    private static readonly Lazy<RulesRuntime> _rules = new(() => RulesLoader.Load(new RulesOptions()));

    public static readonly Actor Reviewer = new("reviewer@demo.local", "评审员", new HashSet<string> { StaffRoles.ApplicationReviewer });
    public static readonly Actor Reviewer2 = new("reviewer2@demo.local", "评审员二", new HashSet<string> { StaffRoles.ApplicationReviewer });
    public static readonly Actor Applicant = new("applicant@org.example", "申请人", new HashSet<string> { StaffRoles.Applicant });
    public static readonly Actor Auditor = new("auditor@demo.local", "审核员", new HashSet<string> { "auditor" });
    public static readonly Actor Manager = new("manager@demo.local", "经理", new HashSet<string> { StaffRoles.Manager });

    public static RulesRuntime Rules => _rules.Value;

    public FakeTimeProvider Clock => clock;

    /// <summary>One pass of the deadline-timer poller at the clock's time, on its own DbContext.</summary>
    public async Task<int> FireTimersAsync()
    {
        await using var db = database.NewContext();
        var firing = new Infrastructure.Timers.TimerFiring(db, clock, _rules.Value,
            Microsoft.Extensions.Options.Options.Create(new Infrastructure.Timers.TimerOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Infrastructure.Timers.TimerFiring>.Instance);
        return await firing.FireDueAsync();
    }

    public async Task<T> WithActionsAsync<T>(Func<CaseActions, CaseStore, Task<T>> work)
    {
        await using var db = database.NewContext();
        var store = new CaseStore(db, clock, _rules.Value.Schemes);
        return await work(new CaseActions(store, _rules.Value, clock, DemoStaff.Directory, new CertificateSequence(db)), store);
    }

    public Task<CertificationCase> OpenAsync(string scheme = "TEL", string scope = "呼叫中心客户服务", string? organizationCode = null) =>
        WithActionsAsync((actions, _) => actions.OpenAsync(
            new OpenCaseRequest(scheme, "北京示例呼叫中心有限公司", 120, 2, scope) { OrganizationCode = organizationCode }, Reviewer));

    /// <summary>Opens a case from an invitation: it waits for the applicant's application form.</summary>
    public Task<CertificationCase> InviteAsync(string scheme = "TEL", string? contactEmail = null) =>
        WithActionsAsync((actions, _) => actions.InviteAsync(new InvitationRequest(scheme, "北京示例呼叫中心有限公司") { ContactEmail = contactEmail }, Reviewer));

    public Task<(CertificationCase Case, bool Replayed)> ActAsync(CertificationCase @case, string kind, string action, Actor actor,
        Dictionary<string, string>? data = null, string? key = null) =>
        WithActionsAsync((actions, _) => actions.ActAsync(@case.Id, @case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open).Id,
            action, data ?? [], key, actor));

    /// <summary>Acts on the open step of a kind assigned to one person (team acceptances run side by side).</summary>
    public Task<(CertificationCase Case, bool Replayed)> ActForAsync(CertificationCase @case, string kind, string assigneeId, string action, Actor actor,
        Dictionary<string, string>? data = null) =>
        WithActionsAsync((actions, _) => actions.ActAsync(@case.Id,
            @case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open && s.AssigneeId == assigneeId).Id, action, data ?? [], null, actor));

    public Task<CertificationCase> LoadAsync(Guid id) => WithActionsAsync(async (_, store) => (await store.LoadAsync(id))!);

    public Task<IReadOnlyList<JournalRow>> JournalAsync(Guid id) => WithActionsAsync((_, store) => store.JournalAsync(id));

    public async Task<List<OutboxRow>> OutboxAsync(Guid caseId)
    {
        await using var db = database.NewContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Outbox.Where(m => m.CaseId == caseId));
    }

    public async Task<List<TimerRow>> TimersAsync(Guid caseId)
    {
        await using var db = database.NewContext();
        return [.. db.Timers.Where(t => t.CaseId == caseId).OrderBy(t => t.FireAtMs)];
    }
}
