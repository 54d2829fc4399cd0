using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Demo;

/// <summary>
/// Fills an empty database with demo cases through the real runtime (never raw inserts): applications at every stage
/// the runtime supports, some of them overdue, acted on by the demo users of <see cref="DemoUsers"/>.
/// </summary>
public sealed class DemoSeeder(Func<TeamsCertDbContext> newContext, RulesRuntime rules, TimeProvider time)
{
    private static readonly (string Scheme, string Organization, int Personnel, int Sites, string Scope)[] _applications =
    [
        ("TEL", "北京星河呼叫中心有限公司（演示）", 180, 2, "呼叫中心客户服务"),
        ("TEL", "上海云联客服外包有限公司（演示）", 420, 3, "呼叫中心外包服务"),
        ("AS", "杭州智家电器有限公司（演示）", 260, 4, "家用电器售后服务"),
        ("AS", "深圳速修电子科技有限公司（演示）", 75, 1, "电子产品维修服务"),
        ("TEL", "广州恒信电话营销有限公司（演示）", 60, 1, "电话营销服务"),
        ("AS", "成都蓉城汽车服务有限公司（演示）", 130, 2, "汽车售后服务"),
    ];

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

        var today = ShanghaiTime.Today(time);
        var reviewer = DemoUsers.Find("reviewer@demo.local")!;
        var applicant = DemoUsers.Find("applicant@demo.local")!;
        var seeded = new List<string>();
        for (var i = 0; i < _applications.Length; i++)
        {
            var (scheme, organization, personnel, sites, scope) = _applications[i];

            // Received 2–14 working days ago: the early ones are overdue for review, the later ones not yet.
            var received = rules.Calendar.AddWorkingDays(today, -(14 - (2 * i))).Value;
            var clock = new SettableClock(new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
            var @case = await WithActions(clock, a => a.OpenAsync(new OpenCaseRequest(scheme, organization, personnel, sites, scope), reviewer, cancellationToken));
            clock.Now = clock.Now.AddHours(4);
            switch (i % 6)
            {
                case 1:
                    @case = await Act(clock, @case, "application-review", "accept", reviewer, []);
                    break;
                case 2:
                    @case = await Act(clock, @case, "application-review", "deficiency", reviewer, new() { ["missing"] = "systemDocuments,internalEvaluationRecords" });
                    break;
                case 3:
                    @case = await Act(clock, @case, "application-review", "deficiency", reviewer, new() { ["missing"] = "systemDocuments" });
                    clock.Now = clock.Now.AddDays(2);
                    @case = await Act(clock, @case, "applicant-documents", "supply", applicant, new() { ["materials"] = "systemDocuments" });
                    break;
                case 4:
                    @case = await Act(clock, @case, "application-review", "reject", reviewer, new() { ["reason"] = "申请范围不属于本机构认可的服务认证领域（演示）" });
                    break;
            }

            seeded.Add(@case.Number);
        }

        return new { seeded = seeded.Count, cases = seeded };
    }

    private Task<CertificationCase> Act(SettableClock clock, CertificationCase @case, string kind, string action, Actor actor, Dictionary<string, string> data) =>
        WithActions(clock, async a => (await a.ActAsync(@case.Id, @case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open).Id, action, data, null, actor)).Case);

    private async Task<T> WithActions<T>(SettableClock clock, Func<CaseActions, Task<T>> work)
    {
        await using var db = newContext();
        return await work(new CaseActions(new CaseStore(db, clock), rules, clock));
    }
}
