using TeamsCert.Domain.Workflow.SpecialAudits;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>Turns the input specs of one action into card inputs.</summary>
internal static class StepInputs
{
    private const int TextMaxLength = 4000;

    public static List<CardElement> For(StepCardModel model, string action, bool prefixed, UiLanguage locale)
    {
        var negative = ActionTexts.Negative.Contains(action);
        var elements = new List<CardElement>();
        foreach (var spec in StepForms.For(model.Kind, action, model.Case.Scheme))
        {
            var id = StepInputIds.For(action, spec.Key, prefixed);
            var required = spec.Required || (negative && spec.Key is "reason" or "comment");
            var problem = model.Problem is { } p && p.Action == action && p.Key == spec.Key ? p.Message : null;
            var typed = model.Problem is { } q && q.Action == action && q.Values.TryGetValue(spec.Key, out var value) ? value : null;
            elements.AddRange(spec.Kind == InputKind.Team
                ? TeamPicker.For(model.Team, action, prefixed, locale)
                : [Filled(Input(spec, id, required, model, locale), typed)]);
            if (problem is not null)
            {
                // Beside the field: right under the input it is about, in the card's one language.
                elements.Add(new TextBlock(problem) { Color = "attention", Weight = "bolder", Spacing = "small", Id = id + ".problem" });
            }
        }

        if (model.Problem is { Key: null } whole && whole.Action == action)
        {
            elements.Add(new TextBlock(whole.Message) { Color = "attention", Weight = "bolder", Id = action + ".problem" });
        }

        return elements;
    }

    private static CardInput Input(InputSpec spec, string id, bool required, StepCardModel model, UiLanguage locale)
    {
        var label = locale.T(InputTexts.Label(spec.Key));
        var error = required ? locale.T(spec.Key is "reason" or "reasons" ? CommonTexts.ReasonRequired : CommonTexts.Required) : null;
        CardInput input = spec.Kind switch
        {
            InputKind.Date => new InputDate { ErrorMessage = required ? locale.T(CommonTexts.DateRequired) : null },
            InputKind.Number => new InputNumber { Min = 0 },
            InputKind.Toggle => new InputToggle(label),
            InputKind.Outcome => Choices([.. model.Outcomes.Select(o => new Choice(locale.T(o.Label), o.Code))], locale),
            InputKind.FixedChoice => Choices([.. (spec.Choices ?? []).Select(c => new Choice(locale.T(ChoiceTexts.For(c)), c))], locale),
            InputKind.SpecialAuditTrigger => Choices(
                [.. SpecialAuditTrigger.All.Where(t => t.Scheme == model.Case.Scheme)
                    .Select(t => new Choice(locale.T(Vocabulary.SpecialAuditTrigger(t.Code)) + locale.T($"（{t.Source}）", $" ({t.Source})"), t.Code))], locale),
            InputKind.Trigger when Triggers(spec, model, locale) is { Count: > 0 } triggers => Choices(triggers, locale),
            InputKind.Materials => Materials(spec.Key, model, locale),
            InputKind.Json => new InputText { IsMultiline = true, Placeholder = locale.T(CommonTexts.JsonPlaceholder), MaxLength = TextMaxLength },
            InputKind.Multiline => new InputText { IsMultiline = true, MaxLength = TextMaxLength },
            _ => new InputText { MaxLength = 200 },
        };
        return input with
        {
            Id = id,
            Label = label,
            IsRequired = required ? true : null,
            ErrorMessage = input.ErrorMessage ?? error,
        };
    }

    /// <summary>The typed value put back into the input of a refused form.</summary>
    private static CardInput Filled(CardInput input, string? typed) => typed is null ? input : input switch
    {
        InputText text => text with { Value = typed },
        InputDate date => date with { Value = typed },
        InputChoiceSet choice => choice with { Value = typed },
        InputToggle toggle => toggle with { Value = typed },
        InputNumber number when decimal.TryParse(typed, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) =>
            number with { Value = n },
        _ => input,
    };

    /// <summary>
    /// The scheme's materials as tick boxes. The deficiency notice (<c>missing</c>) ticks what the submission lacks; the
    /// applicant's supply (<c>materials</c>) offers what the notice asked for, all ticked.
    /// </summary>
    private static InputChoiceSet Materials(string key, StepCardModel model, UiLanguage locale)
    {
        var offered = key == "missing" ? model.Facts.Materials : [.. model.Facts.Materials.Where(m => m.Missing)];
        var ticked = offered.Where(m => m.Missing).Select(m => m.Code);
        return new InputChoiceSet([.. offered.Select(m => new Choice(locale.T(m.Label), m.Code))])
        {
            Style = "expanded",
            IsMultiSelect = true,
            Value = string.Join(",", ticked),
            ErrorMessage = locale.T(CommonTexts.ChooseMaterials),
        };
    }

    /// <summary>
    /// The scheme's reasons for the status change, in words with their seed section; a decision (any target status)
    /// names the status each reason leads to.
    /// </summary>
    private static List<Choice> Triggers(InputSpec spec, StepCardModel model, UiLanguage locale) =>
        [.. model.Triggers.Where(t => spec.To is null || t.To == spec.To).Select(t => new Choice(
            (spec.To is null ? locale.T(Vocabulary.Status(t.To)) + locale.T("：", ": ") : string.Empty)
            + locale.T(t.Label) + locale.T($"（{t.Source}）", $" ({t.Source})"), t.Code))];

    private static InputChoiceSet Choices(List<Choice> choices, UiLanguage locale) =>
        new(choices) { Style = choices.Count <= 4 ? "expanded" : "compact", Placeholder = locale.T(CommonTexts.ChooseOne), ErrorMessage = locale.T(CommonTexts.ChooseOne) };
}
