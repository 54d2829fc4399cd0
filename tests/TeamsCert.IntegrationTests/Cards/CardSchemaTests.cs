using TeamsCert.IntegrationTests.Cards.Samples;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.IntegrationTests.Cards;

public class CardSchemaTests
{
    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in CardSamples.All())
        {
            data.Add(sample.Name, sample.Locale);
        }

        return data;
    }

    private static CardSample Sample(string name, string locale) => CardSamples.All().Single(s => s.Name == name && s.Locale == locale);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Build_EverySampleCard_ValidatesAgainstAdaptiveCard15Schema(string name, string locale)
    {
        var errors = AdaptiveCardSchema.Validate(CardQuery.Json(Sample(name, locale).Card));

        Assert.True(errors.Count == 0, $"{name}-{locale}: " + string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}")));
    }

    [Fact]
    public void Samples_CoverEveryCardTypeInBothLanguages()
    {
        var names = CardSamples.All().GroupBy(s => s.Name).ToList();

        Assert.All(names, g => Assert.Equal(["zh-CN", "en"], g.Select(s => s.Locale)));
        Assert.Subset(names.Select(g => g.Key).ToHashSet(),
            new HashSet<string> { "outcome", "refusal", "reminder", "escalation", "welcome", "help", "my-tasks", "case-summary", "daily-digest", "links", "links-created", "links-notice", "case-summary-links" });
        Assert.All(CardFixtures.Handlers, h => Assert.Contains(names, g => g.Key == $"step-{h.Kind}"));
    }

    [Fact]
    public void Serialize_StepCard_WritesTypeFirstCamelCaseWithoutNulls()
    {
        var json = CardJson.Serialize(Sample("step-application-review", "zh-CN").Card);

        Assert.StartsWith("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"Action.ShowCard\"", json, StringComparison.Ordinal);
        Assert.Contains("\"msteams\":{\"width\":\"Full\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Type\"", json, StringComparison.Ordinal);
        Assert.Contains("申请评审", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EveryElement_PutsTypeFirst()
    {
        var card = CardQuery.Json(Sample("step-certificate-status", "en").Card);

        var typed = CardQuery.Objects(card).Where(o => o.ContainsKey("type")).ToList();

        Assert.NotEmpty(typed);
        Assert.All(typed, o => Assert.Equal("type", o.First().Key));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_EveryActionAndElement_CarriesItsType(string name, string locale)
    {
        var card = CardQuery.Json(Sample(name, locale).Card);

        Assert.All(CardQuery.Objects(card).Where(o => (o.ContainsKey("verb") && o.ContainsKey("data")) || o.ContainsKey("items") || o.ContainsKey("choices")),
            o => Assert.False(string.IsNullOrEmpty((string?)o["type"]), o.ToJsonString()));
    }

    [Fact]
    public void Validate_CardBreakingTheSchema_ReportsErrors()
    {
        var card = CardQuery.Json(Sample("help", "en").Card);
        card["body"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["type"] = "Input.Text", ["isMultiline"] = "yes" });
        card["version"] = 15;

        Assert.NotEmpty(AdaptiveCardSchema.Validate(card));
    }
}
