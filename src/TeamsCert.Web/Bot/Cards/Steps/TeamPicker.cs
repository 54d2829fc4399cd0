using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// The team picker: only eligible people are offered (leader: one; auditors: several); everyone excluded is listed
/// with the rule ids and messages of the team rules that exclude them (TEL-R02, LS-R03, TEL-R01…).
/// </summary>
internal static class TeamPicker
{
    public static List<CardElement> For(TeamPickerModel? team, string action, bool prefixed, UiLanguage locale)
    {
        var leaders = team?.Leaders ?? [];
        var auditors = team?.Auditors ?? [];
        var elements = new List<CardElement>
        {
            Picker(StepInputIds.For(action, StepInputIds.TeamLeader, prefixed), InputTexts.Label(StepInputIds.TeamLeader), leaders, multi: false, locale),
            Picker(StepInputIds.For(action, StepInputIds.TeamMembers, prefixed), InputTexts.Label(StepInputIds.TeamMembers), auditors, multi: true, locale),
        };
        var excluded = leaders.Concat(auditors).Where(o => !o.Eligible).GroupBy(o => o.PersonId, StringComparer.Ordinal).ToList();
        if (excluded.Count > 0)
        {
            var lines = excluded.Select(g =>
            {
                var reasons = g.SelectMany(o => o.Exclusions).DistinctBy(e => (e.RuleId, e.Message.ZhCn));
                return new TextBlock($"{g.First().Name}: " + string.Join("; ", reasons.Select(r => $"{r.RuleId} {locale.T(r.Message)}")))
                {
                    IsSubtle = true,
                    Size = "small",
                };
            });
            elements.Add(new Container([new TextBlock(locale.T(CommonTexts.Excluded)) { Weight = "bolder" }, .. lines]) { Separator = true });
        }

        return elements;
    }

    private static CardElement Picker(string id, Domain.LocalizedText label, IReadOnlyList<AuditorOption> options, bool multi, UiLanguage locale)
    {
        var choices = options.Where(o => o.Eligible).Select(o => new Choice(o.Name, o.PersonId)).ToList();
        if (choices.Count == 0)
        {
            return new TextBlock($"{locale.T(label)}: {locale.T(CommonTexts.NoEligible)}") { Color = "attention" };
        }

        return new InputChoiceSet(choices)
        {
            Id = id,
            Label = locale.T(label),
            Style = multi ? "expanded" : "compact",
            IsMultiSelect = multi ? true : null,
            IsRequired = multi ? null : true,
            ErrorMessage = locale.T(CommonTexts.ChooseOne),
            Placeholder = multi ? null : locale.T(CommonTexts.ChooseOne),
        };
    }
}
