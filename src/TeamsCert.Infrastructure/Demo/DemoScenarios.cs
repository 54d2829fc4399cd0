namespace TeamsCert.Infrastructure.Demo;

/// <summary>
/// The demo cases: certified TEL, AS, LS and CC9 organisations (LS/CC9 inside their rule sets' 2025 window, A-03), one
/// with a suspended certificate, cases stopped at every stage of the cycle, and applications waiting for review —
/// with dates chosen so that several steps are overdue today.
/// </summary>
internal static class DemoScenarios
{
    private const string Pm = "programme@demo.local";
    private const string Leader = "leader@demo.local";
    private const string Applicant = "applicant@demo.local";
    private const string Accept = """{"conflictOfInterest":"none"}""";
    private const string TelScore = """{"parts":{"1.0":{"items":20,"methodCompliant":20,"executed":17},"2.0":{"items":20,"methodCompliant":20,"executed":17},"3.0":{"items":20,"methodCompliant":20,"executed":17},"4.0":{"items":20,"methodCompliant":20,"executed":17}},"totalScore":2800}""";
    private const string LsScore = """{"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"组织管理评价":90,"从业人员管理评价":88,"技术能力管理评价":87,"服务质量管理评价":89,"客户关系管理评价":86},"lift":{"技术创新水平":60,"客户满意度":80},"subIndicators":{"资质管理":92,"制度建设":88,"责任分工":86,"资源配置":84,"人员配置":86,"人员培训":86,"人员考核":82,"人员激励":82,"技术体系建设":91,"技术能力提升":86,"技术风险管理":86,"服务质量控制":91,"客户关系管理":86,"服务持续改进":86}}""";
    private const string Cc9Score = """{"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"战略规划评价":90,"运营过程评价":88,"人员管理评价":87,"系统管理评价":89},"subIndicators":{"组织定位":88,"战略制定":88,"战略实施":84,"过程设计":88,"过程执行":88,"过程监控":84,"过程改进":84,"人员配置":88,"人员培训":88,"人员考核":84,"人员激励":84,"客户满意度管理":92,"服务质量管理":92,"服务效率管理":88,"硬件管理":88,"软件管理":88,"网络管理":88,"信息安全管理":92}}""";

    public static IReadOnlyList<DemoScenario> All(DateOnly today) =>
    [
        new("TEL", "北京星河呼叫中心有限公司（演示）", 180, 2, "呼叫中心客户服务", D(2025, 8, 1), TelToCertificate(2025)),
        new("TEL", "上海云联客服外包有限公司（演示）", 420, 3, "呼叫中心外包服务", D(2025, 8, 1),
            [.. TelToCertificate(2025), S(D(2025, 11, 3), "certificate-status", "suspend", Pm, new() { ["trigger"] = "persistent-failure", ["reason"] = "客户投诉处理持续不符合要求（演示）" })]),
        new("AS", "杭州智家电器有限公司（演示）", 260, 4, "家用电器售后服务", D(2025, 12, 1), AsToCertificate()),
        new("LS", "杭州直播优选电子商务有限公司（演示）", 90, 1, "直播电商服务质量信息监测与评价", D(2025, 3, 3), LsCc9ToCertificate(LsScore)),
        new("CC9", "南京智联呼叫服务有限公司（演示）", 150, 1, "呼叫中心运营管理", D(2025, 3, 3), LsCc9ToCertificate(Cc9Score)),
        new("TEL", "广州恒信电话营销有限公司（演示）", 60, 1, "电话营销服务", D(2026, 10, 9), [.. TelToTeam(D(2026, 10, 9)), .. TelTeamAccepted(D(2026, 10, 12))]),
        new("AS", "深圳速修电子科技有限公司（演示）", 75, 1, "电子产品维修服务", D(2026, 11, 2),
            [S(D(2026, 11, 4), "application-review", "deficiency", "reviewer@demo.local", new() { ["missing"] = "systemDocuments,internalEvaluationRecords" })]),
        new("TEL", "武汉长江客服中心有限公司（演示）", 40, 1, "呼叫中心客户服务", D(2026, 11, 10),
            [S(D(2026, 11, 11), "application-review", "reject", "reviewer@demo.local", new() { ["reason"] = "申请范围不属于本机构认证领域（演示）" })]),
        new("AS", "成都蓉城汽车服务有限公司（演示）", 130, 2, "汽车售后服务", D(2026, 11, 13), []),
        new("TEL", "西安古城电话服务有限公司（演示）", 35, 1, "呼叫中心客户服务", today.AddDays(-1), []),
    ];

    private static DemoStep[] TelToTeam(DateOnly on) =>
    [
        S(on, "application-review", "accept", "reviewer@demo.local"),
        S(on, "audit-programme", "propose", Pm, new() { ["mysteryShopper"] = "auditor2@demo.local", ["mysteryShoppingArranged"] = "true" }),
    ];

    private static DemoStep[] TelTeamAccepted(DateOnly on) =>
    [
        S(on, "team-assignment", "assign", Pm, new()
        {
            ["team"] = """[{"id":"leader@demo.local","role":"teamLeader"},{"id":"auditor@demo.local","role":"auditor"},{"id":"expert@demo.local","role":"technicalExpert","supervisor":"auditor@demo.local"}]""",
            ["plannedStart"] = on.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }),
        S(on, "team-acceptance", "accept", Leader, Json(Accept)),
        S(on, "team-acceptance", "accept", "auditor@demo.local", Json(Accept)),
        S(on, "team-acceptance", "accept", "expert@demo.local", Json(Accept)),
    ];

    private static DemoStep[] TelToCertificate(int year) =>
    [
        .. TelToTeam(D(year, 8, 1)),
        .. TelTeamAccepted(D(year, 8, 1)),
        S(D(year, 8, 6), "audit-plan", "send", Leader, new() { ["onSiteStart"] = $"{year}-08-11" }),
        S(D(year, 8, 6), "plan-acknowledgement", "acknowledge", Applicant),
        S(D(year, 8, 8), "mystery-shopping", "record", "auditor2@demo.local", new() { ["date"] = $"{year}-08-08" }),
        S(D(year, 8, 11), "stage1-audit", "complete", Leader, new() { ["start"] = $"{year}-08-11", ["end"] = $"{year}-08-11" }),
        S(D(year, 8, 20), "stage2-audit", "complete", Leader, new()
        {
            ["start"] = $"{year}-08-18", ["end"] = $"{year}-08-20", ["score"] = TelScore,
            ["findings"] = """[{"grade":"minor","clause":"YD/T 2823 5.3","evidence":"录音抽查 3/50 未按话术（演示）"}]""",
        }),
        S(D(year, 9, 1), "corrective-actions", "submit", Applicant, new() { ["actions"] = "话术培训并复查（演示）" }),
        S(D(year, 9, 15), "corrective-action-verification", "verify", Leader),
        S(D(year, 9, 26), "report-approval", "approve", Leader),
        S(D(year, 9, 29), "certification-decision", "decide", "decider@demo.local", new() { ["outcome"] = "grant" }),
        S(D(year, 9, 30), "decision-notification", "notify", Pm),
    ];

    private static DemoStep[] AsToCertificate() =>
    [
        S(D(2025, 12, 1), "application-review", "accept", "reviewer@demo.local"),
        S(D(2025, 12, 1), "audit-programme", "propose", Pm, new() { ["combination"] = "A+G", ["designResponsibility"] = "false", ["contact"] = "machineToMachine", ["fieldCode"] = "0101" }),
        S(D(2025, 12, 3), "programme-confirmation", "confirm", Applicant),
        S(D(2025, 12, 3), "contract", "sign", Pm, new() { ["contractDate"] = "2025-12-03" }),
        S(D(2025, 12, 3), "team-assignment", "assign", Pm, new() { ["team"] = """[{"id":"leader@demo.local","role":"teamLeader"}]""", ["plannedStart"] = "2025-12-15" }),
        S(D(2025, 12, 3), "team-acceptance", "accept", Leader, Json(Accept)),
        S(D(2025, 12, 5), "audit-plan", "send", Leader, new() { ["onSiteStart"] = "2025-12-15" }),
        S(D(2025, 12, 5), "plan-acknowledgement", "acknowledge", Applicant),
        S(D(2025, 12, 16), "stage1-audit", "complete", Leader, new() { ["start"] = "2025-12-15", ["end"] = "2025-12-16" }),
        S(D(2026, 1, 7), "stage2-audit", "complete", Leader, new() { ["start"] = "2026-01-05", ["end"] = "2026-01-07", ["score"] = """{"excluded":["配送"],"failedItems":{"维修":[1,2]}}""" }),
        S(D(2026, 1, 8), "report-approval", "approve", Leader),
        S(D(2026, 1, 12), "certification-decision", "decide", "decider@demo.local", new() { ["outcome"] = "grant" }),
        S(D(2026, 1, 13), "decision-notification", "notify", Pm),
    ];

    private static DemoStep[] LsCc9ToCertificate(string score) =>
    [
        S(D(2025, 3, 3), "application-review", "accept", "reviewer@demo.local"),
        S(D(2025, 3, 3), "audit-programme", "propose", Pm),
        S(D(2025, 3, 3), "team-assignment", "assign", Pm, new() { ["team"] = """[{"id":"leader@demo.local","role":"teamLeader"},{"id":"auditor@demo.local","role":"auditor"}]""", ["plannedStart"] = "2025-03-17" }),
        S(D(2025, 3, 4), "team-acceptance", "accept", Leader, Json(Accept)),
        S(D(2025, 3, 4), "team-acceptance", "accept", "auditor@demo.local", Json(Accept)),
        S(D(2025, 3, 5), "audit-plan", "send", Leader, new() { ["onSiteStart"] = "2025-03-17" }),
        S(D(2025, 3, 5), "plan-acknowledgement", "acknowledge", Applicant),
        S(D(2025, 3, 18), "stage1-audit", "complete", Leader, new() { ["start"] = "2025-03-17", ["end"] = "2025-03-18" }),
        S(D(2025, 3, 28), "stage2-audit", "complete", Leader, new() { ["start"] = "2025-03-24", ["end"] = "2025-03-28", ["score"] = score }),
        S(D(2025, 4, 11), "report-approval", "approve", Leader),
        S(D(2025, 4, 14), "committee-report-approval", "approve", "tc@demo.local"),
        S(D(2025, 4, 30), "certification-decision", "decide", "decider@demo.local", new() { ["outcome"] = "grant" }),
        S(D(2025, 5, 8), "decision-notification", "notify", Pm),
    ];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DemoStep S(DateOnly on, string kind, string action, string user, Dictionary<string, string>? data = null) => new(on, kind, action, user, data);

    private static Dictionary<string, string> Json(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
}
