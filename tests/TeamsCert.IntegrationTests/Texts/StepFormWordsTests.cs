using System.Globalization;
using TeamsCert.Domain.Texts;
using TeamsCert.Web.Bot.Cards.Steps;

namespace TeamsCert.IntegrationTests.Texts;

/// <summary>
/// Every step kind, action, input and fixed choice the step cards' forms use (StepForms, with the certificate-status
/// step's StatusForms) has its words in the text catalogue (Domain/Texts/Vocabulary*.resx) in both languages, and every
/// step's own word for an action belongs to an action that step has.
/// </summary>
public sealed class StepFormWordsTests
{
    private static readonly IReadOnlySet<string> _chinese = Catalogue.Keys(CultureInfo.InvariantCulture);
    private static readonly IReadOnlySet<string> _english = Catalogue.Keys(CultureInfo.GetCultureInfo("en"));

    [Fact]
    public void Forms_EveryStepKind_HasTitleAndDescriptionInBothLanguages() =>
        AssertInBothFiles(StepForms.All.Keys.SelectMany(kind => new[] { $"step.{kind}.title", $"step.{kind}.description" }));

    [Fact]
    public void Forms_EveryAction_HasLabelAndPastTenseInBothLanguages() =>
        AssertInBothFiles(StepForms.All.Values.SelectMany(actions => actions.Keys).Distinct()
            .SelectMany(action => new[] { $"action.{action}", $"action.{action}.done" }));

    [Fact]
    public void Forms_EveryInput_HasALabelInBothLanguages() =>
        AssertInBothFiles(Inputs().SelectMany(i => i.Kind == InputKind.Team
            ? new[] { $"input.{StepInputIds.TeamLeader}", $"input.{StepInputIds.TeamMembers}" }
            : new[] { $"input.{i.Key}" }).Distinct());

    [Fact]
    public void Forms_EveryFixedChoice_HasItsTextInBothLanguages()
    {
        var choices = Inputs().SelectMany(i => i.Choices ?? []).Distinct().ToList();

        Assert.NotEmpty(choices);
        AssertInBothFiles(choices.Select(c => $"choice.{c}"));
    }

    [Fact]
    public void Catalogue_EveryStepOwnActionWord_IsForAnActionOfThatStep()
    {
        var strays = Catalogue.Codes("step").Select(c => c.Split('.')).Where(p => p is [_, "action", _])
            .Where(p => !(StepForms.All.TryGetValue(p[0], out var actions) && actions.ContainsKey(p[2])))
            .Select(p => string.Join('.', p));

        Assert.Empty(strays);
    }

    private static IEnumerable<InputSpec> Inputs() => StepForms.All.Values.SelectMany(actions => actions.Values).SelectMany(inputs => inputs);

    private static void AssertInBothFiles(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        Assert.NotEmpty(list);
        Assert.Empty(list.Where(k => !_chinese.Contains(k)).Select(k => $"zh-CN: {k}"));
        Assert.Empty(list.Where(k => !_english.Contains(k)).Select(k => $"en: {k}"));
    }
}
