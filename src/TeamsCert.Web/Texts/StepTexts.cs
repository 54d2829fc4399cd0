using TeamsCert.Domain;
using TeamsCert.Domain.Texts;

namespace TeamsCert.Web.Texts;

/// <summary>
/// The title and description of every step kind the runtime opens (a test checks none is missing). The words live in the
/// text catalogue (<see cref="Catalogue"/>: Domain/Texts/Vocabulary.resx and Vocabulary.en.resx) under
/// <c>step.{kind}.title</c> and <c>step.{kind}.description</c>; a kind is a step kind when it has a title there.
/// </summary>
public static class StepTexts
{
    private const string TitleSuffix = ".title";

    public static IReadOnlyDictionary<string, StepText> All { get; } = Catalogue.Codes("step")
        .Where(c => c.EndsWith(TitleSuffix, StringComparison.Ordinal) && !c[..^TitleSuffix.Length].Contains('.', StringComparison.Ordinal))
        .Select(c => c[..^TitleSuffix.Length])
        .ToDictionary(
            kind => kind,
            kind => new StepText(Catalogue.Get($"step.{kind}.title"), Catalogue.Get($"step.{kind}.description")),
            StringComparer.Ordinal);

    public static StepText For(string kind) =>
        All.TryGetValue(kind, out var text) ? text : new StepText(new LocalizedText(kind, kind), new LocalizedText(string.Empty, string.Empty));
}
