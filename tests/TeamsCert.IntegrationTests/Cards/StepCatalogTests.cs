using TeamsCert.IntegrationTests.Cards.Samples;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Texts;

namespace TeamsCert.IntegrationTests.Cards;

// A new step kind or action in the CaseProcess registry fails here until it has texts and inputs on its card.
public class StepCatalogTests
{
    [Fact]
    public void StepTexts_EveryRegisteredStepKind_HasBilingualTitleAndDescription() =>
        Assert.All(CardFixtures.Handlers, h =>
        {
            Assert.True(StepTexts.All.TryGetValue(h.Kind, out var text), $"no StepTexts entry for {h.Kind}");
            Assert.All(new[] { text!.Title.ZhCn, text.Title.En, text.Description.ZhCn, text.Description.En }, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        });

    [Fact]
    public void StepForms_EveryRegisteredAction_HasAnInputForm() =>
        Assert.All(CardFixtures.Handlers, h =>
        {
            Assert.True(StepForms.All.TryGetValue(h.Kind, out var forms), $"no StepForms entry for {h.Kind}");
            Assert.Equal(h.Actions.Order(StringComparer.Ordinal), forms!.Keys.Order(StringComparer.Ordinal));
        });

    [Fact]
    public void StepForms_NoKindOutsideTheRegistry() =>
        Assert.All(StepForms.All.Keys.Concat(StepTexts.All.Keys), kind => Assert.Contains(CardFixtures.Handlers, h => h.Kind == kind));

    [Fact]
    public void ActionTexts_EveryRegisteredAction_HasLabelAndPastTense() =>
        Assert.All(CardFixtures.Handlers.SelectMany(h => h.Actions), action => Assert.True(ActionTexts.Has(action), $"no ActionTexts entry for {action}"));

    [Fact]
    public void InputTexts_EveryFormInput_HasALabel() =>
        Assert.All(StepForms.All.Values.SelectMany(f => f.Values).SelectMany(i => i).Where(i => i.Kind != InputKind.Team),
            input => Assert.True(InputTexts.Has(input.Key), $"no InputTexts label for {input.Key}"));

    [Fact]
    public void StepForms_NegativeActions_TakeARequiredReason() =>
        Assert.All(StepForms.All.SelectMany(k => k.Value).Where(a => ActionTexts.Negative.Contains(a.Key)),
            a => Assert.Contains(a.Value, i => i.Required && i.Kind == InputKind.Multiline || i.Key == "missing"));
}
