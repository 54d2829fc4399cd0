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
            elements.AddRange(spec.Kind == InputKind.Team
                ? TeamPicker.For(model.Team, action, prefixed, locale)
                : [Input(spec, id, required, model, locale)]);
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
                [.. SpecialAuditTrigger.All.Where(t => t.Scheme == model.Case.Scheme).Select(t => new Choice($"{t.Code} ({t.Source})", t.Code))], locale),
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

    private static InputChoiceSet Choices(List<Choice> choices, UiLanguage locale) =>
        new(choices) { Style = choices.Count <= 4 ? "expanded" : "compact", Placeholder = locale.T(CommonTexts.ChooseOne), ErrorMessage = locale.T(CommonTexts.ChooseOne) };
}
