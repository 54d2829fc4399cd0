using TeamsCert.Domain;
using TeamsCert.Domain.Texts;

namespace TeamsCert.Web.Texts;

/// <summary>
/// Labels of the step inputs, keyed by the <c>data</c> key the step handler reads. The words live in the text catalogue
/// (<see cref="Catalogue"/>: Domain/Texts/Vocabulary.resx and Vocabulary.en.resx) under <c>input.{key}</c>.
/// </summary>
public static class InputTexts
{
    private static readonly Dictionary<string, LocalizedText> _labels =
        Catalogue.Codes("input").ToDictionary(k => k, k => Catalogue.Get($"input.{k}"), StringComparer.Ordinal);

    public static bool Has(string key) => _labels.ContainsKey(key);

    public static LocalizedText Label(string key) => _labels.TryGetValue(key, out var label) ? label : new(key, key);
}
