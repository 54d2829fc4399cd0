using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;

namespace TeamsCert.Infrastructure.Rules;

/// <summary>The loaded, validated rule data: the working-day calendar and every scheme rule set.</summary>
public sealed class RulesRuntime(WorkingDayCalendar calendar, SchemeCatalog schemes)
{
    public WorkingDayCalendar Calendar { get; } = calendar;

    public SchemeCatalog Schemes { get; } = schemes;

    public DeadlineCalculator Deadlines(SchemeRuleSet ruleSet) => new(Calendar, ruleSet.Settings);
}
