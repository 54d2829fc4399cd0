using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>
/// Mystery shopping (暗访) is recorded with its date: strictly before the on-site review (TEL-D04), by the programme's
/// shopper (TEL-R05) or, for AS, by an auditor of the audit team (AS-R05).
/// </summary>
public sealed class MysteryShoppingHandler : IStepHandler
{
    public const string StepKind = "mystery-shopping";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["record"];

    /// <summary>Only the programme's mystery shopper records the visit (TEL-R05 where the scheme names the rule).</summary>
    public string AssigneeRuleId(SchemeRuleSet ruleSet) => ruleSet.TeamRules.ProgrammeMysteryShopping ?? "ROLE";

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var date = StepData.Date(data, "date");
        if (date > context.Today)
        {
            throw new InvalidInputException("data.date", "不能记录未来日期的暗访 / data.date cannot be in the future");
        }

        var onSite = @case.Facts.Plan!.OnSiteStart;
        if (context.Step.DueRuleId is { } ruleId && context.Process.CheckDeadline(ruleId, onSite, date) is { Met: false } check)
        {
            throw new RuleViolationException(ruleId, $"{check.Message.ZhCn} / {check.Message.En}", "data.date");
        }

        if (@case.Facts.Programme!.MysteryShopperId is null)
        {
            var members = @case.Facts.ActiveTeam.Select(m => new AuditTeamMember(m.PersonId, m.Role, m.SupervisorId)).ToList();
            var audit = new AuditTeam("mystery-shopping", date, members) { MysteryShopperIds = [context.Actor.Id] };
            var people = members.Select(m => context.Process.Staff.Find(m.PersonId)).OfType<Person>().ToList();
            var breaches = context.RuleSet.CheckTeam(new TeamCheckRequest(@case.Scheme, @case.Organization, [audit], people))
                .Where(b => b.RuleId == context.RuleSet.TeamRules.MysteryShoppersAreTeamAuditors).ToList();
            context.Enforce(breaches, "actor");
        }

        @case.Facts.MysteryShoppingOn = date;
        @case.Facts.MysteryShopperId = context.Actor.Id;
        context.Complete("recorded", data, StepData.Optional(data, "comment"));
    }
}
