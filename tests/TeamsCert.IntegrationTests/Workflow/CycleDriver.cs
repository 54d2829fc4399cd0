using TeamsCert.Domain.Workflow;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Drives a case through the cycle on the fake clock; each call moves the clock to 10:00 Shanghai of a date.</summary>
public sealed class CycleDriver(RuntimeHarness runtime)
{
    public const string TelScore = """{"parts":{"1.0":{"items":20,"methodCompliant":20,"executed":17},"2.0":{"items":20,"methodCompliant":20,"executed":17},"3.0":{"items":20,"methodCompliant":20,"executed":17},"4.0":{"items":20,"methodCompliant":20,"executed":17}},"totalScore":2800}""";

    public const string LsScore = """{"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"组织管理评价":90,"从业人员管理评价":88,"技术能力管理评价":87,"服务质量管理评价":89,"客户关系管理评价":86},"lift":{"技术创新水平":60,"客户满意度":80},"subIndicators":{"资质管理":92,"制度建设":88,"责任分工":86,"资源配置":84,"人员配置":86,"人员培训":86,"人员考核":82,"人员激励":82,"技术体系建设":91,"技术能力提升":86,"技术风险管理":86,"服务质量控制":91,"客户关系管理":86,"服务持续改进":86}}""";

    public static readonly string TelTeam = DemoStaff.Team(
        (DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Auditor.Id, "auditor", null), (DemoStaff.Expert.Id, "technicalExpert", DemoStaff.Auditor.Id));

    public CertificationCase Case { get; private set; } = null!;

    public RuntimeHarness Runtime => runtime;

    /// <summary>The scope applied for when the driver opens a case.</summary>
    public string Scope { get; init; } = "呼叫中心客户服务";

    /// <summary>The 统一社会信用代码 applied with when the driver opens a case (none by default).</summary>
    public string? OrganizationCode { get; init; }

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>10:00 Shanghai on an ISO date (yyyy-MM-dd).</summary>
    public static DateTimeOffset At(string isoDate)
    {
        var day = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return At(day.Year, day.Month, day.Day);
    }

    public PendingStep Open(string kind) => Case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open);

    public async Task<CertificationCase> OpenAsync(string scheme, DateTimeOffset at)
    {
        runtime.Clock.SetUtcNow(at);
        Case = await runtime.OpenAsync(scheme, Scope, OrganizationCode);
        return Case;
    }

    public async Task<CertificationCase> ActAsync(DateTimeOffset at, string kind, string action, Domain.Workflow.Actor actor, Dictionary<string, string>? data = null)
    {
        runtime.Clock.SetUtcNow(at);
        (Case, _) = await runtime.ActAsync(Case, kind, action, actor, data);
        return Case;
    }

    /// <summary>Moves the clock and runs one pass of the deadline-timer poller; the case is read again afterwards.</summary>
    public async Task<int> FireTimersAsync(DateTimeOffset at)
    {
        runtime.Clock.SetUtcNow(at);
        var fired = await runtime.FireTimersAsync();
        Case = await runtime.LoadAsync(Case.Id);
        return fired;
    }

    public async Task<CertificationCase> ActForAsync(DateTimeOffset at, string kind, Domain.Workflow.Actor actor, string action, Dictionary<string, string> data)
    {
        runtime.Clock.SetUtcNow(at);
        (Case, _) = await runtime.ActForAsync(Case, kind, actor.Id, action, actor, data);
        return Case;
    }

    /// <summary>TEL from application to the team-assignment step (programme with the demo mystery shopper).</summary>
    public async Task TelToTeamAsync(DateTimeOffset at)
    {
        await OpenAsync("TEL", at);
        await ActAsync(at, "application-review", "accept", RuntimeHarness.Reviewer);
        await ActAsync(at, "audit-programme", "propose", DemoStaff.Manager, new()
        {
            ["mysteryShopper"] = DemoStaff.Shopper.Id,
            ["mysteryShoppingArranged"] = "true",
        });
    }

    /// <summary>TEL from application (2025-08-01) to the audit plan step, team of leader, auditor and supervised expert.</summary>
    public async Task TelToPlanAsync(DateTimeOffset at)
    {
        await TelToTeamAsync(at);
        await ActAsync(at, "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = TelTeam, ["plannedStart"] = "2025-08-11", ["plannedEnd"] = "2025-08-20" });
        foreach (var member in new[] { DemoStaff.Leader, DemoStaff.Auditor, DemoStaff.Expert })
        {
            await ActForAsync(at, "team-acceptance", member, "accept", new() { ["conflictOfInterest"] = "none" });
        }
    }

    /// <summary>TEL through plan (on-site 2025-08-11), mystery shopping, both stages with one minor NC, to the decision step on 2025-09-26.</summary>
    public async Task TelToDecisionAsync()
    {
        await TelToPlanAsync(At(2025, 8, 1));
        await ActAsync(At(2025, 8, 6), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-08-11" });
        await TelAuditsToDecisionAsync();
    }

    /// <summary>From the sent plan (on-site 2025-08-11) to the decision step.</summary>
    public async Task TelAuditsToDecisionAsync()
    {
        await ActAsync(At(2025, 8, 6), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await ActAsync(At(2025, 8, 8), "mystery-shopping", "record", DemoStaff.Shopper, new() { ["date"] = "2025-08-08" });
        await ActAsync(At(2025, 8, 11), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-08-11", ["end"] = "2025-08-11" });
        await ActAsync(At(2025, 8, 20), "stage2-audit", "complete", DemoStaff.Leader, new()
        {
            ["start"] = "2025-08-18",
            ["end"] = "2025-08-20",
            ["findings"] = """[{"grade":"minor","clause":"YD/T 2823 5.3","evidence":"录音抽查 3/50 未按话术"},{"grade":"observation","clause":"5.6","evidence":"满意度回访比例偏低"}]""",
            ["score"] = TelScore,
        });
        await ActAsync(At(2025, 9, 1), "corrective-actions", "submit", DemoStaff.Applicant, new() { ["actions"] = "话术培训并复查" });
        await ActAsync(At(2025, 9, 15), "corrective-action-verification", "verify", DemoStaff.Leader);
        await ActAsync(At(2025, 9, 26), "report-approval", "approve", DemoStaff.Leader);
    }

    /// <summary>TEL granted on 2025-09-29 and certificate issued on 2025-09-30.</summary>
    public async Task TelToCertificateAsync()
    {
        await TelToDecisionAsync();
        await ActAsync(At(2025, 9, 29), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" });
        await ActAsync(At(2025, 9, 30), "decision-notification", "notify", DemoStaff.Manager);
    }

    /// <summary>AS (modes A+G, no mystery shopping) from application on 2025-12-01 to the certificate issued on 2026-01-13.</summary>
    public async Task AsToCertificateAsync()
    {
        await OpenAsync("AS", At(2025, 12, 1));
        await ActAsync(At(2025, 12, 1), "application-review", "accept", RuntimeHarness.Reviewer);
        await ActAsync(At(2025, 12, 1), "audit-programme", "propose", DemoStaff.Manager,
            new() { ["combination"] = "A+G", ["designResponsibility"] = "false", ["contact"] = "machineToMachine", ["fieldCode"] = "0101" });
        await ActAsync(At(2025, 12, 3), "programme-confirmation", "confirm", DemoStaff.Applicant);
        await ActAsync(At(2025, 12, 3), "contract", "sign", DemoStaff.Manager, new() { ["contractDate"] = "2025-12-03" });
        await ActAsync(At(2025, 12, 3), "team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null)), ["plannedStart"] = "2025-12-15" });
        await ActForAsync(At(2025, 12, 3), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await ActAsync(At(2025, 12, 5), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-12-15" });
        await ActAsync(At(2025, 12, 5), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await ActAsync(At(2025, 12, 16), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-12-15", ["end"] = "2025-12-16" });
        await ActAsync(At(2026, 1, 7), "stage2-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2026-01-05", ["end"] = "2026-01-07", ["score"] = "{}" });
        await ActAsync(At(2026, 1, 8), "report-approval", "approve", DemoStaff.Leader);
        await ActAsync(At(2026, 1, 12), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" });
        await ActAsync(At(2026, 1, 13), "decision-notification", "notify", DemoStaff.Manager);
    }

    /// <summary>
    /// One surveillance audit through its own chain (see <see cref="PrepareSurveillanceAsync"/>), then completed by the
    /// programme manager on <paramref name="doneAt"/> with extra data such as the AS score.
    /// </summary>
    public async Task SurveyAsync(DateTimeOffset planOn, string start, DateTimeOffset doneAt, Dictionary<string, string>? extra = null, Domain.Workflow.Actor? leader = null)
    {
        await PrepareSurveillanceAsync(planOn, start, leader);
        var data = new Dictionary<string, string> { ["start"] = start, ["end"] = $"{doneAt:yyyy-MM-dd}" };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value;
        }

        await ActAsync(doneAt, "surveillance-audit", "complete", DemoStaff.Manager, data);
    }

    /// <summary>On <paramref name="planOn"/>: a one-person surveillance team (the leader) assigned and accepted, the plan for on-site <paramref name="start"/> sent and acknowledged.</summary>
    public async Task PrepareSurveillanceAsync(DateTimeOffset planOn, string start, Domain.Workflow.Actor? leader = null)
    {
        leader ??= DemoStaff.Leader;
        await ActAsync(planOn, "surveillance-team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((leader.Id, "teamLeader", null)), ["plannedStart"] = start });
        await ActForAsync(planOn, "surveillance-team-acceptance", leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await ActAsync(planOn, "surveillance-audit-plan", "send", leader, new() { ["onSiteStart"] = start });
        await ActAsync(planOn, "surveillance-plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
    }

    /// <summary>LS from application on 2025-03-03 (inside its 2025 rule window) to the certificate issued on 2025-04-16.</summary>
    public async Task LsToCertificateAsync()
    {
        await OpenAsync("LS", At(2025, 3, 3));
        await ActAsync(At(2025, 3, 3), "application-review", "accept", RuntimeHarness.Reviewer);
        await ActAsync(At(2025, 3, 3), "audit-programme", "propose", DemoStaff.Manager);
        await ActAsync(At(2025, 3, 3), "team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null)), ["plannedStart"] = "2025-03-17" });
        await ActForAsync(At(2025, 3, 4), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await ActAsync(At(2025, 3, 5), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-03-17" });
        await ActAsync(At(2025, 3, 5), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await ActAsync(At(2025, 3, 18), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-03-17", ["end"] = "2025-03-18" });
        await ActAsync(At(2025, 3, 28), "stage2-audit", "complete", DemoStaff.Leader,
            new() { ["start"] = "2025-03-24", ["end"] = "2025-03-28", ["score"] = LsScore });
        await ActAsync(At(2025, 4, 11), "report-approval", "approve", DemoStaff.Leader);
        await ActAsync(At(2025, 4, 14), "committee-report-approval", "approve", DemoStaff.Committee);
        await ActAsync(At(2025, 4, 15), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" });
        await ActAsync(At(2025, 4, 16), "decision-notification", "notify", DemoStaff.Manager);
    }

    /// <summary>A certificate status action (suspend, restore, revoke, cancel) by the programme manager.</summary>
    public Task<CertificationCase> StatusAsync(DateTimeOffset at, string action, string trigger, string reason, string? verifiedOn = null)
    {
        var data = new Dictionary<string, string> { ["trigger"] = trigger, ["reason"] = reason };
        if (verifiedOn is not null)
        {
            data["verifiedOn"] = verifiedOn;
        }

        return ActAsync(at, "certificate-status", action, DemoStaff.Manager, data);
    }
}
