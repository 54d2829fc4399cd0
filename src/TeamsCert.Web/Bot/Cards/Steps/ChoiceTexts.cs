using TeamsCert.Domain;
using TeamsCert.Domain.Texts;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// Labels of the fixed choice codes the handlers accept. The words live in the text catalogue (<see cref="Catalogue"/>:
/// Domain/Texts/Vocabulary.resx and Vocabulary.en.resx) under <c>choice.{code}</c>.
/// </summary>
public static class ChoiceTexts
{
    private static readonly Dictionary<string, LocalizedText> _all =
        Catalogue.Codes("choice").ToDictionary(c => c, c => Catalogue.Get($"choice.{c}"), StringComparer.Ordinal);

    public static LocalizedText For(string code) => _all.TryGetValue(code, out var text) ? text : new(code, code);
}
