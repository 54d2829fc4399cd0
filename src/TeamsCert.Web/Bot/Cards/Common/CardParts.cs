using System.Globalization;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>Pieces every builder uses: the root card, the case header, due facts, actions with their fallback.</summary>
internal static class CardParts
{
    public static AdaptiveCard Card(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null, CardRefresh? refresh = null) =>
        new()
        {
            Body = body,
            Actions = actions is { Count: > 0 } ? actions : null,
            Refresh = refresh,
            Msteams = TeamsCardProperties.FullWidth,
        };

    public static TextBlock Title(string text, string? color = null) =>
        new(text) { Size = "large", Weight = "bolder", Style = "heading", Color = color };

    public static TextBlock Line(string text, bool subtle = false, string? color = null) =>
        new(text) { IsSubtle = subtle ? true : null, Color = color };

    /// <summary>The case header: title, then case number, organisation, scheme and stage.</summary>
    public static Container Header(CardCase @case, UiLanguage locale, string title, string? color = null) =>
        new([
            Title(title, color),
            new FactSet([
                new Fact(locale.T(CommonTexts.CaseNumber), @case.Number),
                new Fact(locale.T(CommonTexts.Organization), @case.Organization),
                new Fact(locale.T(CommonTexts.Scheme), locale.T(Vocabulary.Scheme(@case.Scheme))),
                new Fact(locale.T(CommonTexts.Stage), locale.T(StageTexts.For(@case.Stage))),
            ]),
        ])
        { Style = "emphasis" };

    /// <summary>Due date, working days left or overdue, and the rule id that sets the date.</summary>
    public static List<Fact> DueFacts(DueState? due, string? ruleId, bool paused, UiLanguage locale)
    {
        var facts = new List<Fact>();
        if (due is not { } state)
        {
            facts.Add(new Fact(locale.T(CommonTexts.DueOn), locale.T(paused ? CommonTexts.Paused : CommonTexts.NoDueDate)));
        }
        else
        {
            var date = UiLanguage.Date(state.DueOn) + (state.Provisional ? locale.T(CommonTexts.Provisional) : string.Empty);
            facts.Add(new Fact(locale.T(CommonTexts.DueOn), date));
            facts.Add(new Fact(locale.T(CommonTexts.TimeLeft), paused ? locale.T(CommonTexts.Paused) : TimeLeft(state, locale)));
        }

        if (ruleId is not null)
        {
            facts.Add(new Fact(locale.T(CommonTexts.Rule), ruleId));
        }

        return facts;
    }

    public static string TimeLeft(DueState state, UiLanguage locale) => state.WorkingDaysLeft switch
    {
        < 0 => locale.F(CommonTexts.Overdue, -state.WorkingDaysLeft),
        0 => locale.T(CommonTexts.DueToday),
        var n => locale.F(CommonTexts.WorkingDaysLeft, n),
    };

    public static string? DueColor(DueState? due) => due switch
    {
        { IsOverdue: true } => "attention",
        { WorkingDaysLeft: <= 1 } => "warning",
        _ => null,
    };

    public static ActionOpenUrl Documents(CardCase @case, CardOptions options, UiLanguage locale) =>
        new(options.CaseDocumentsUrl(@case.CaseId)) { Title = locale.T(CommonTexts.Documents) };

    public static Dictionary<string, string> StepData(Guid caseId, Guid stepId) => new(StringComparer.Ordinal)
    {
        ["caseId"] = caseId.ToString("D", CultureInfo.InvariantCulture),
        ["stepId"] = stepId.ToString("D", CultureInfo.InvariantCulture),
    };

    /// <summary>An Action.Execute with an Action.Submit fallback (same data plus the verb) for clients before 1.4.</summary>
    public static ActionExecute Execute(string verb, IReadOnlyDictionary<string, string> data, string title, string? style = null)
    {
        var submitData = new Dictionary<string, string>(data, StringComparer.Ordinal) { ["verb"] = verb };
        return new ActionExecute(verb, data)
        {
            Title = title,
            Style = style,
            Fallback = new ActionSubmit(submitData) { Title = title, Style = style },
        };
    }

    /// <summary>Opens a step's card; from "my tasks" it names the page, so the step card offers the way back to it.</summary>
    public static ActionExecute Show(StepSummary step, UiLanguage locale, int? tasksPage = null) => Show(step.Case.CaseId, step.StepId, locale, tasksPage);

    /// <summary>Opens a step's card by its case and step ids (a notice about a step); <paramref name="style"/> as the card's buttons.</summary>
    public static ActionExecute Show(Guid caseId, Guid stepId, UiLanguage locale, int? tasksPage = null, string? style = null)
    {
        var data = StepData(caseId, stepId);
        data[CardVerbs.LangKey] = locale.Tag;
        if (tasksPage is { } page)
        {
            data[CardVerbs.PageKey] = page.ToString(CultureInfo.InvariantCulture);
        }

        return Execute(CardVerbs.Show, data, locale.T(CommonTexts.Open), style) with { AssociatedInputs = "none" };
    }

    /// <summary>Shows a page of "my tasks" (<c>tasks.page</c>, data <c>{page}</c>).</summary>
    public static ActionExecute TasksPage(int page, string title, UiLanguage locale)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CardVerbs.PageKey] = page.ToString(CultureInfo.InvariantCulture),
            [CardVerbs.LangKey] = locale.Tag,
        };
        return Execute(CardVerbs.TasksPage, data, title) with { AssociatedInputs = "none" };
    }
}
