using TeamsCert.Domain;
using TeamsCert.Domain.Texts;

namespace TeamsCert.Web.Texts;

/// <summary>
/// Button labels of the step actions and the past tense used by the outcome card. The words live in the text catalogue
/// (<see cref="Catalogue"/>: Domain/Texts/Vocabulary.resx and Vocabulary.en.resx): <c>action.{code}</c> is the button's
/// word and <c>action.{code}.done</c> its past tense; a step's own word for an action is
/// <c>step.{kind}.action.{code}</c> and <c>step.{kind}.action.{code}.done</c>.
/// </summary>
public static class ActionTexts
{
    private const string DoneSuffix = ".done";

    private static readonly Dictionary<string, (LocalizedText Label, LocalizedText Done)> _all = Catalogue.Codes("action")
        .Where(c => !c.Contains('.', StringComparison.Ordinal))
        .ToDictionary(c => c, c => (Catalogue.Get($"action.{c}"), Catalogue.Get($"action.{c}{DoneSuffix}")), StringComparer.Ordinal);

    /// <summary>
    /// The same action code means different decisions in different steps; there the step's own decision word is the
    /// button's word (application review: 不予受理 is a final refusal, not a return for rework). Read from the catalogue's
    /// <c>step.{kind}.action.{code}</c> keys.
    /// </summary>
    private static readonly Dictionary<(string Kind, string Action), (LocalizedText Label, LocalizedText Done)> _byStep = Catalogue.Codes("step")
        .Select(c => c.Split('.'))
        .Where(p => p.Length == 3 && p[1] == "action")
        .ToDictionary(
            p => (p[0], p[2]),
            p => (Catalogue.Get($"step.{p[0]}.action.{p[2]}"), Catalogue.Get($"step.{p[0]}.action.{p[2]}{DoneSuffix}")));

    /// <summary>Actions whose answer is negative: the comment or reason they take is required on the card.</summary>
    public static IReadOnlySet<string> Negative { get; } =
        new HashSet<string>(["reject", "decline", "deficiency", "suspend", "revoke", "cancel", "reduce-scope"], StringComparer.Ordinal);

    public static bool Has(string action) => _all.ContainsKey(action);

    public static LocalizedText Label(string action) => _all.TryGetValue(action, out var t) ? t.Label : L(action, action);

    /// <summary>The button word of an action in a given step (the step's decision word where it has one).</summary>
    public static LocalizedText Label(string kind, string action) =>
        _byStep.TryGetValue((kind, action), out var t) ? t.Label : Label(action);

    /// <summary>The past tense of an action in a given step.</summary>
    public static LocalizedText Done(string kind, string action) =>
        _byStep.TryGetValue((kind, action), out var t) ? t.Done : Done(action);

    public static LocalizedText Done(string action) => _all.TryGetValue(action, out var t) ? t.Done : L(action, action);

    private static LocalizedText L(string zh, string en) => new(zh, en);
}
