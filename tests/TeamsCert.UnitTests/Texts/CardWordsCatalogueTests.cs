using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Texts;

namespace TeamsCert.UnitTests.Texts;

/// <summary>
/// The step cards' words in the text catalogue (step, action, input and choice keys of Domain/Texts/Vocabulary*.resx):
/// each family is there in both languages, its keys come in the documented shapes and pairs, and no English text is the
/// Chinese one copied. No exception is allowed for the last: a code-like name (A-15, A+C, JSON) only ever appears inside a
/// longer text, never as a whole text, so a text equal in both languages is a text not translated.
/// </summary>
public sealed class CardWordsCatalogueTests
{
    public static TheoryData<string> Families => new() { "step", "action", "input", "choice" };

    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en");

    [Theory]
    [MemberData(nameof(Families))]
    public void Family_BothLanguages_HoldTheSameKeysAndNoEmptyText(string family)
    {
        var chinese = KeysOf(CultureInfo.InvariantCulture, family);
        var english = KeysOf(_english, family);

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        Assert.All(chinese, k =>
        {
            var text = Catalogue.Get(k);
            Assert.False(string.IsNullOrWhiteSpace(text.ZhCn), k);
            Assert.False(string.IsNullOrWhiteSpace(text.En), k);
        });
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Family_NoEnglishText_EqualsItsChineseText(string family)
    {
        var untranslated = KeysOf(CultureInfo.InvariantCulture, family)
            .Where(k => string.Equals(Catalogue.Get(k).ZhCn, Catalogue.Get(k).En, StringComparison.Ordinal));

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Steps_EveryKind_HasTitleAndDescriptionAndEveryStepActionHasLabelAndPastTense()
    {
        var codes = Catalogue.Codes("step");
        var kinds = codes.Select(c => c.Split('.')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(kinds, kind =>
        {
            Assert.Contains($"{kind}.title", codes);
            Assert.Contains($"{kind}.description", codes);
        });
        Assert.All(codes, code =>
        {
            var parts = code.Split('.');
            var shaped = parts switch
            {
                [_, "title" or "description"] => true,
                [var kind, "action", var action] => codes.Contains($"{kind}.action.{action}.done") && Catalogue.Find("action", action) is not null,
                [var kind, "action", var action, "done"] => codes.Contains($"{kind}.action.{action}"),
                _ => false,
            };
            Assert.True(shaped, $"step.{code} is not step.{{kind}}.title|description|action.{{code}}[.done] with both halves");
        });
    }

    [Fact]
    public void Actions_EveryCode_HasLabelAndPastTense()
    {
        var codes = Catalogue.Codes("action");
        var labels = codes.Where(c => !c.Contains('.', StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(labels);
        Assert.All(labels, c => Assert.Contains($"{c}.done", codes));
        Assert.Equal(labels.Count * 2, codes.Count);
    }

    [Theory]
    [InlineData("input")]
    [InlineData("choice")]
    public void InputsAndChoices_Codes_HoldNoDots(string family) =>
        Assert.All(Catalogue.Codes(family), c => Assert.DoesNotContain('.', c));

    [Fact]
    public void Texts_ActionAndStepOverride_AreTheWordsOfTheCards()
    {
        Assert.Equal(new LocalizedText("退回", "Reject"), Catalogue.Get("action.reject"));
        Assert.Equal(new LocalizedText("作出了决定：", "decided"), Catalogue.Get("action.decide.done"));
        Assert.Equal(new LocalizedText("不予受理", "Refuse the application"), Catalogue.Get("step.application-review.action.reject"));
        Assert.Equal(new LocalizedText("人—人", "Person to person"), Catalogue.Get("choice.PersonToPerson"));
        Assert.Equal(new LocalizedText("增加频次后的监督间隔（月，1–11）", "Months between surveillances when increased (1–11)"), Catalogue.Get("input.intervalMonths"));
    }

    private static List<string> KeysOf(CultureInfo culture, string family) =>
        [.. Catalogue.Keys(culture).Where(k => k.StartsWith(family + ".", StringComparison.Ordinal))];
}
