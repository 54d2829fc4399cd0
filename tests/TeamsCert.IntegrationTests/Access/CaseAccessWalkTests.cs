using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Identity;

namespace TeamsCert.IntegrationTests.Access;

/// <summary>
/// Every demo user × every operation × every surface that offers it (API, tab, bot), through the real host, against
/// the one table (<see cref="CaseAccessTable"/> via <see cref="CaseAccessPolicy"/>): the expectation is computed from the
/// table, so code and test cannot drift; the hand-written rows below pin a few answers by name.
/// </summary>
public sealed class CaseAccessWalkTests(AccessWalkHost host) : IClassFixture<AccessWalkHost>
{
    private static Actor User(string id) => DemoUsers.Find(id)!;

    [Fact]
    public async Task Walk_EveryDemoUserOperationAndSurface_AnswersAsTheTableSays()
    {
        var differences = new List<string>();
        var answers = 0;
        var managerLists = (await new AccessProbes(host, User(AccessWalkHost.Manager)).ListsAsync()).Lists;
        foreach (var user in DemoUsers.All)
        {
            var probes = new AccessProbes(host, user);
            foreach (var walked in host.Cases)
            {
                var @case = await host.LoadAsync(walked.Id);
                var stepId = @case.Steps.Where(s => s.Status == StepStatus.Open).OrderBy(s => s.OpenedOn).First().Id;
                foreach (var probe in await probes.CaseAsync(walked, stepId))
                {
                    answers++;
                    Compare(differences, user, @case, probe);
                }
            }

            foreach (var probe in await probes.OpenCaseAsync())
            {
                answers++;
                Compare(differences, user, null, probe);
            }

            var (lists, apiList) = await probes.ListsAsync();
            answers++;
            Compare(differences, user, null, apiList);
            foreach (var (id, number) in host.AllCases)
            {
                var @case = await host.LoadAsync(id);
                var may = CaseAccessPolicy.May(@case, user, CaseOperation.ViewCase);
                foreach (var (surface, shown) in lists)
                {
                    answers++;
                    var listed = shown.Contains(number, StringComparison.Ordinal);
                    // My tasks lists only the person's own steps: never a case they may not see, always one whose open step they hold.
                    var differs = surface switch
                    {
                        "api GET cases" => listed != may,
                        "bot my tasks" => (listed && !may) || (!listed && may && HoldsOpenStep(@case, user)),
                        _ => listed != (may && IsManaging(user) && managerLists[surface].Contains(number, StringComparison.Ordinal)),
                    };
                    if (differs)
                    {
                        differences.Add($"{user.Id} · {surface} · {number}: listed {listed}, the table says {(may ? "may see" : "may not see")}");
                    }
                }
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {answers} answers differ from the table:\n" + string.Join('\n', differences));
        Assert.True(answers > 1000, $"the walk asked only {answers} questions");
    }

    [Fact]
    public async Task Auditor2_CaseItHasNothingToDoWith_403OnEverySurfaceAndNotListed()
    {
        var auditor2 = User("auditor2@demo.local");
        var unrelated = host.Cases[0];
        var @case = await host.LoadAsync(unrelated.Id);
        Assert.False(CaseAccessPolicy.IsInvolved(@case, auditor2.Id));

        var probes = new AccessProbes(host, auditor2);
        var answers = await probes.CaseAsync(unrelated, @case.Steps.First(s => s.Status == StepStatus.Open).Id);
        var (lists, apiList) = await probes.ListsAsync();

        Assert.All(answers, p => Assert.True(p.Refused, $"{p.Surface} let auditor2 through"));
        Assert.All(answers.Where(p => p.Surface.StartsWith("api", StringComparison.Ordinal)), p => Assert.Equal(
            p.Operation == CaseOperation.ManageLinks ? "LINK-ROLE" : "DOC-ACCESS", p.RuleId));
        Assert.Equal("DOC-ACCESS", answers.Single(p => p.Surface == "bot step.show").RuleId);
        Assert.Equal("DOC-ACCESS", answers.Single(p => p.Surface == "tab case page").RuleId);
        Assert.False(apiList.Refused);
        Assert.All(lists, l => Assert.DoesNotContain(unrelated.Number, l.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Applicant_EveryStaffSurface_Refused403DocStaff()
    {
        var applicant = User("applicant@demo.local");
        var probes = new AccessProbes(host, applicant);
        var walked = host.Cases[1];
        var @case = await host.LoadAsync(walked.Id);

        var answers = (await probes.CaseAsync(walked, @case.Steps.First(s => s.Status == StepStatus.Open).Id)).Concat(await probes.OpenCaseAsync()).ToList();
        var (lists, apiList) = await probes.ListsAsync();

        Assert.All(answers, p => Assert.True(p.Refused, $"{p.Surface} let the applicant through"));
        Assert.All(answers.Where(p => p.Surface.StartsWith("api", StringComparison.Ordinal)).Append(apiList), p => Assert.Equal("DOC-STAFF", p.RuleId));
        Assert.All(answers.Where(p => p.Surface.StartsWith("bot", StringComparison.Ordinal)), p => Assert.Equal("NOT-STAFF", p.RuleId));
        Assert.All(lists.Where(l => !l.Key.StartsWith("bot", StringComparison.Ordinal)), l => Assert.Equal(string.Empty, l.Value));
    }

    [Fact]
    public async Task TeamLeader_CaseItLeads_SeesItEverywhereButMayNotManageLinks()
    {
        var leader = User("leader@demo.local");
        var led = host.Cases[0];
        var @case = await host.LoadAsync(led.Id);

        var probes = new AccessProbes(host, leader);
        var answers = await probes.CaseAsync(led, @case.Steps.First(s => s.Status == StepStatus.Open).Id);
        var (lists, _) = await probes.ListsAsync();

        Assert.All(answers.Where(p => p.Operation is CaseOperation.ViewCase or CaseOperation.ReadJournal or CaseOperation.ReadDocuments && !p.ManagersView),
            p => Assert.False(p.Refused, $"{p.Surface} refused the team leader"));
        Assert.All(answers.Where(p => p.Operation == CaseOperation.ManageLinks && p.Surface.StartsWith("api", StringComparison.Ordinal)),
            p => Assert.Equal("LINK-ROLE", p.RuleId));
        Assert.Contains(led.Number, lists["api GET cases"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lists["tab /tab"]);
    }

    [Fact]
    public async Task ProgrammeManager_OpeningACase_403CaseOpen()
    {
        var answers = await new AccessProbes(host, User("programme@demo.local")).OpenCaseAsync();

        Assert.All(answers, p => Assert.Equal((true, "CASE-OPEN"), (p.Refused, p.RuleId)));
    }

    private static bool IsManaging(Actor user) => CaseAccessPolicy.Reach(user, CaseOperation.ViewCase) == CaseReach.Every;

    private static bool HoldsOpenStep(CertificationCase @case, Actor user) =>
        @case.Steps.Any(s => s.Status == StepStatus.Open && s.AssigneeId == user.Id);

    /// <summary>Let through exactly when the table says so; a refusal names the rule id the policy gives for it.</summary>
    private static void Compare(List<string> differences, Actor user, CertificationCase? @case, Probe probe)
    {
        var may = @case is null
            ? CaseAccessPolicy.Reach(user, probe.Operation) != CaseReach.Never
            : CaseAccessPolicy.May(@case, user, probe.Operation) && (!probe.NeedsViewCase || CaseAccessPolicy.May(@case, user, CaseOperation.ViewCase));
        if (probe.ManagersView)
        {
            may &= IsManaging(user);
        }

        var where = $"{user.Id} · {probe.Surface} · {probe.Operation} · {@case?.Number ?? "-"}";
        if (probe.Refused == may)
        {
            differences.Add($"{where}: {(probe.Refused ? $"refused ({probe.RuleId})" : "let through")}, the table says {(may ? "may" : "may not")}");
            return;
        }

        var expectedRule = CaseAccessPolicy.Refusal(user, probe.Operation, @case?.Number).RuleId;
        if (probe.Refused && probe.RuleId is { } rule && rule != expectedRule && rule != "NOT-STAFF")
        {
            differences.Add($"{where}: refused with {rule}, the policy names {expectedRule}");
        }
    }
}
