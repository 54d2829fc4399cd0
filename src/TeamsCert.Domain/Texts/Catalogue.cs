using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace TeamsCert.Domain.Texts;

/// <summary>
/// The product's vocabulary as .NET resources: <c>Texts/Vocabulary.resx</c> holds the Simplified Chinese text of every
/// code (the neutral language) and <c>Vocabulary.en.resx</c> the English one, keyed <c>family.code</c> (status, purpose,
/// role, stage, event, audit, scheme, grade, special-audit). The step cards' words are here too: <c>step.{kind}.title</c>
/// and <c>step.{kind}.description</c>, <c>action.{code}</c> (button) and <c>action.{code}.done</c> (past tense),
/// <c>step.{kind}.action.{code}</c> and <c>step.{kind}.action.{code}.done</c> (a step's own word for an action),
/// <c>input.{key}</c> (an input's label) and <c>choice.{code}</c> (a fixed choice); step kinds, action codes, input keys
/// and choice codes hold no dots. Every surface reads its words from here (through the web host's <c>Vocabulary</c>,
/// <c>StepTexts</c>, <c>ActionTexts</c>, <c>InputTexts</c> and <c>ChoiceTexts</c>), so a code has one text in each
/// language everywhere. A test checks that both files hold the same keys.
/// </summary>
public static class Catalogue
{
    private static readonly ResourceManager _resources = new("TeamsCert.Domain.Texts.Vocabulary", typeof(Catalogue).Assembly);
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en");
    private static readonly ConcurrentDictionary<string, LocalizedText?> _cache = new(StringComparer.Ordinal);

    /// <summary>The text of <paramref name="key"/> in both languages, or null when the catalogue has no such key.</summary>
    public static LocalizedText? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _cache.GetOrAdd(key, static k =>
            _resources.GetString(k, CultureInfo.InvariantCulture) is { } zh ? new LocalizedText(zh, _resources.GetString(k, _english) ?? zh) : null);
    }

    /// <summary>The text of <c>{family}.{code}</c>, or null.</summary>
    public static LocalizedText? Find(string family, string? code) => code is null ? null : Find($"{family}.{code}");

    /// <summary>The text of <paramref name="key"/>; a missing key is a programming error.</summary>
    public static LocalizedText Get(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"The text catalogue (Texts/Vocabulary.resx) has no key '{key}'.");

    /// <summary>The codes of one family (<c>event</c> → <c>case.opened</c>, …), in the neutral file's order of keys.</summary>
    public static IReadOnlyList<string> Codes(string family) =>
        [.. Keys(CultureInfo.InvariantCulture).Where(k => k.StartsWith(family + ".", StringComparison.Ordinal)).Select(k => k[(family.Length + 1)..])];

    /// <summary>Every key of one language's own file, without falling back to the neutral one (tests).</summary>
    public static IReadOnlySet<string> Keys(CultureInfo culture)
    {
        var set = _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (set is not null)
        {
            foreach (DictionaryEntry entry in set)
            {
                keys.Add((string)entry.Key);
            }
        }

        return keys;
    }
}
