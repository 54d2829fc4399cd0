using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>Runs a case through <see cref="CaseProcess"/> in memory (no database), moving a clock set per action.</summary>
internal sealed class CycleHarness
{
    public static readonly Actor Reviewer = Staff("reviewer@cb", StaffRoles.ApplicationReviewer);
    public static readonly Actor Manager = Staff("pm@cb", StaffRoles.ProgrammeManager);
    public static readonly Actor Leader = Staff("leader@cb", "teamLeader");
    public static readonly Actor LeaderAsDecider = Staff("leader@cb", "decisionMaker");
    public static readonly Actor Decider = Staff("decider@cb", "decisionMaker");
    public static readonly Actor Committee = Staff("tc@cb", "technicalCommittee");
    public static readonly Actor Applicant = Staff("applicant@org", StaffRoles.Applicant);

    private static readonly IStaffDirectory _staff = new InMemoryStaffDirectory(
    [
        new Person(Leader.Id, "组长")
        {
            Registrations = [new AuditorRegistration("REG-1", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
            CompetenceEvaluations = [new CompetenceEvaluation("TEL", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
        },
        new Person("shopper@cb", "暗访员"),
    ]);

    private readonly CaseProcess _process;

    public CycleHarness(string scheme, DateOnly received, int personnel = 50, string scope = "服务")
    {
        _process = new CaseProcess(TestRules.Scheme(scheme), TestRules.Runtime.Calendar, staff: _staff, certificates: new Counter());
        Case = _process.Open(new OpenCaseRequest(scheme, "示例组织", personnel, 1, scope), $"{scheme}-1", Reviewer, At(received));
    }

    public CertificationCase Case { get; }

    public static string LeaderOnlyTeam => $$"""[{"id":"{{Leader.Id}}","role":"teamLeader"}]""";

    public PendingStep Open(string kind) => Case.Steps.Single(s => s.Kind == kind && s.Status == StepStatus.Open);

    public CycleHarness Act(DateOnly on, string kind, string action, Actor actor, Dictionary<string, string>? data = null)
    {
        _process.Act(Case, Open(kind).Id, action, data ?? [], actor, At(on));
        return this;
    }

    /// <summary>
    /// Completes the open surveillance audit (on-site <paramref name="start"/> to <paramref name="end"/>); first, unless
    /// already done, its chain a week before: the leader assigned and accepting, the plan sent and acknowledged.
    /// </summary>
    public CycleHarness Survey(string start, string end, Dictionary<string, string>? extra = null)
    {
        var (onSite, done) = (DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        if (Case.OpenStep("surveillance-team-assignment") is not null)
        {
            var planOn = onSite.AddDays(-7);
            Act(planOn, "surveillance-team-assignment", "assign", Manager, new() { ["team"] = LeaderOnlyTeam, ["plannedStart"] = start })
                .Act(planOn, "surveillance-team-acceptance", "accept", Leader, new() { ["conflictOfInterest"] = "none" })
                .Act(planOn, "surveillance-audit-plan", "send", Leader, new() { ["onSiteStart"] = start })
                .Act(planOn, "surveillance-plan-acknowledgement", "acknowledge", Applicant);
        }

        var data = new Dictionary<string, string> { ["start"] = start, ["end"] = end };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value;
        }

        return Act(done, "surveillance-audit", "complete", Manager, data);
    }

    /// <summary>Application to the decision step: one leader, one minor NC corrected, report approved on <paramref name="fileComplete"/>.</summary>
    public CycleHarness ToDecision(DateOnly start, DateOnly fileComplete, string score, Dictionary<string, string>? programme = null, bool confirmContract = false)
    {
        Act(start, "application-review", "accept", Reviewer).Act(start, "audit-programme", "propose", Manager, programme);
        if (confirmContract)
        {
            // AS-D13: the client confirms the programme, then the contract is signed.
            Act(start, "programme-confirmation", "confirm", Applicant).Act(start, "contract", "sign", Manager, new() { ["contractDate"] = Iso(start) });
        }

        Act(start, "team-assignment", "assign", Manager, new() { ["team"] = LeaderOnlyTeam, ["plannedStart"] = Iso(start.AddDays(14)) })
            .Act(start, "team-acceptance", "accept", Leader, new() { ["conflictOfInterest"] = "none" })
            .Act(start, "audit-plan", "send", Leader, new() { ["onSiteStart"] = Iso(start.AddDays(14)) })
            .Act(start, "plan-acknowledgement", "acknowledge", Applicant);
        if (Case.OpenStep("mystery-shopping") is not null)
        {
            Act(start.AddDays(7), "mystery-shopping", "record", Staff("shopper@cb", "mysteryShopper"), new() { ["date"] = Iso(start.AddDays(7)) });
        }

        return Act(start.AddDays(14), "stage1-audit", "complete", Leader, new() { ["start"] = Iso(start.AddDays(14)), ["end"] = Iso(start.AddDays(14)) })
            .Act(start.AddDays(21), "stage2-audit", "complete", Leader, new()
            {
                ["start"] = Iso(start.AddDays(20)),
                ["end"] = Iso(start.AddDays(21)),
                ["findings"] = """[{"grade":"minor","clause":"5.1","evidence":"记录缺失"}]""",
                ["score"] = score,
            })
            .Act(start.AddDays(25), "corrective-actions", "submit", Applicant, new() { ["actions"] = "补充记录" })
            .Act(start.AddDays(26), "corrective-action-verification", "verify", Leader)
            .Act(fileComplete, "report-approval", "approve", Leader);
    }

    /// <summary>Fires the <paramref name="timerKind"/> timer of the open step <paramref name="kind"/> at <paramref name="now"/>, as a timer pass does.</summary>
    public bool Fire(string kind, string timerKind, DateTimeOffset now) => _process.FireTimer(Case, Open(kind).Id, timerKind, now);

    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Actor Staff(string id, params string[] roles) => new(id, id, new HashSet<string>(roles));

    private sealed class Counter : ICertificateSequence
    {
        private int _last;

        public int Take(string scheme, int year) => ++_last;
    }
}
