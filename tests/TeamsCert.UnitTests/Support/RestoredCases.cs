using TeamsCert.Domain.Workflow;

namespace TeamsCert.UnitTests.Support;

/// <summary>
/// Test data: a TEL case as the store restores it, with safe defaults (the demo call centre, 120 people on 2 sites,
/// opened at 10:00 Shanghai time on the day it was received). Linked into the integration tests too.
/// </summary>
public static class RestoredCases
{
    public static CertificationCase Tel(string number, DateOnly receivedOn, params PendingStep[] steps) => CertificationCase.Restore(new()
    {
        Id = Guid.NewGuid(),
        Number = number,
        Scheme = "TEL",
        RuleSetVersion = "1",
        Organization = "北京示例呼叫中心有限公司",
        Personnel = 120,
        Sites = 2,
        Scope = "呼叫中心客户服务",
        ReceivedOn = receivedOn,
        CreatedAt = new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)),
        Steps = steps,
    });
}
