using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Web.Bot.Cards.Steps;

namespace TeamsCert.IntegrationTests.Cards;

public class StepInputIdsTests
{
    [Fact]
    public void ToStepData_PrefixedInputs_StripsPrefixAndDropsEnvelopeAndOtherActions()
    {
        var data = StepInputIds.ToStepData("reject", new Dictionary<string, string>
        {
            ["caseId"] = "c",
            ["stepId"] = "s",
            ["action"] = "reject",
            ["verb"] = "step.act",
            ["reject.reason"] = "材料不全",
            ["accept.comment"] = "x",
        });

        Assert.Equal(new Dictionary<string, string> { ["reason"] = "材料不全" }, data);
    }

    [Fact]
    public void ToStepData_TeamPicker_BuildsTheHandlersTeamJson()
    {
        var data = StepInputIds.ToStepData("assign", new Dictionary<string, string>
        {
            [StepInputIds.TeamLeader] = "wang.wu",
            [StepInputIds.TeamMembers] = "zhao.liu,sun.qi",
            ["plannedStart"] = "2025-06-20",
        });

        var team = StepData.Json<List<TeamMemberInput>>(data, "team");

        Assert.Equal([new("wang.wu", TeamRole.TeamLeader), new("zhao.liu", TeamRole.Auditor), new("sun.qi", TeamRole.Auditor)], team);
        Assert.Equal("2025-06-20", data["plannedStart"]);
    }

    [Fact]
    public void ToStepData_SurveillanceTeamLeaderText_StaysAPlainValue()
    {
        var data = StepInputIds.ToStepData("complete", new Dictionary<string, string> { ["teamLeader"] = "wang.wu" });

        Assert.Equal("wang.wu", data["teamLeader"]);
        Assert.False(data.ContainsKey("team"));
    }
}
