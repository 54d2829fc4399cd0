using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Texts;

namespace TeamsCert.IntegrationTests.Texts;

/// <summary>
/// What people read, taken out of pages and cards, and the check that it holds no internal code and only the chosen
/// language's words for the product's vocabulary. Codes come from the product itself (step kinds, event types, roles,
/// link purposes, transition triggers, stage names), so a new code is checked without touching this file.
/// </summary>
internal static partial class PeopleTexts
{
    /// <summary>The text a person sees on an HTML page: text nodes and the attributes read aloud or shown (title, placeholder, aria-label, alt).</summary>
    public static string OfHtml(string html)
    {
        var withoutCode = ScriptOrStyle().Replace(html, " ");
        var attributes = string.Join(" ", ReadAttribute().Matches(withoutCode).Select(m => m.Groups["value"].Value));
        var text = Tag().Replace(withoutCode, " ");
        return Squash(WebUtility.HtmlDecode(text + " " + attributes));
    }

    /// <summary>The text of an Adaptive Card: text blocks and runs, facts, input labels and placeholders, choices and action titles.</summary>
    public static string OfCard(JsonNode? card)
    {
        var parts = new List<string>();
        Walk(card, parts);
        return Squash(string.Join(" ", parts));
    }

    /// <summary>Every problem in <paramref name="text"/> for a page or card in <paramref name="language"/> ("zh-CN" or "en").</summary>
    public static IEnumerable<string> Problems(string text, string language, RulesRuntime rules)
    {
        foreach (var code in Codes(rules).Where(c => ContainsToken(text, c)))
        {
            yield return $"internal code “{code}”";
        }

        foreach (Match match in Leaks().Matches(text))
        {
            yield return $"internal value “{match.Value}”";
        }

        var chinese = language.StartsWith("zh", StringComparison.Ordinal);
        foreach (var word in VocabularyWords(rules, english: chinese).Where(w => ContainsToken(text, w)))
        {
            yield return chinese ? $"English word “{word}” on a Chinese page" : $"Chinese word “{word}” on an English page";
        }
    }

    /// <summary>Internal codes people must never read: only codes with a hyphen, a dot or an inner capital, so plain English words stay allowed.</summary>
    public static IReadOnlyCollection<string> Codes(RulesRuntime rules)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        codes.UnionWith(StepTexts.All.Keys);
        codes.UnionWith(Vocabulary.EventCodes);
        codes.UnionWith(RoleTexts.Codes);
        codes.UnionWith(SharedLinkPurposes.All);
        codes.UnionWith(rules.Schemes.All.SelectMany(s => s.Certificate.Transitions).SelectMany(t => t.Triggers).Select(t => t.Code));
        codes.UnionWith(Enum.GetNames<CaseStage>().Where(n => n.Skip(1).Any(char.IsUpper)));
        codes.UnionWith(["initial-certification", "required-document", "application-review", "starLevel"]);
        return [.. codes.Where(c => c.Contains('-', StringComparison.Ordinal) || c.Contains('.', StringComparison.Ordinal) || c.Skip(1).Any(char.IsUpper))];
    }

    /// <summary>The vocabulary's words in one language: statuses, stages, roles, step titles and events.</summary>
    public static IReadOnlyCollection<string> VocabularyWords(RulesRuntime rules, bool english)
    {
        var texts = Enum.GetValues<CertificateState>().Select(Vocabulary.Status)
            .Concat(Enum.GetValues<CaseStage>().Select(Vocabulary.Stage))
            .Concat(RoleTexts.Codes.Select(Vocabulary.Role))
            .Concat(StepTexts.All.Keys.Select(Vocabulary.Step))
            .Concat(Vocabulary.EventCodes.Select(Vocabulary.Event));
        _ = rules;
        var names = DemoUsers.All.Select(u => u.DisplayName).ToList();
        var words = texts.Select(t => english ? t.En : t.ZhCn).Where(w => w.Length > 1)
            .Where(w => !names.Any(n => n.Contains(w, StringComparison.Ordinal))); // 王经理 is a name, not the role
        // English words that are also ordinary words of a Chinese page (a proper name, "CNAS") are not vocabulary.
        return [.. words.Where(w => !english || w.Any(char.IsUpper)).Distinct(StringComparer.Ordinal)];
    }

    private static bool ContainsToken(string text, string token)
    {
        var at = 0;
        while ((at = text.IndexOf(token, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + token.Length >= text.Length ? ' ' : text[at + token.Length];
            if (!IsWordChar(before, token[0]) && !IsWordChar(after, token[^1]))
            {
                return true;
            }

            at += token.Length;
        }

        return false;
    }

    // A Latin token is bounded by non-letters; a Chinese word may sit inside a Chinese sentence.
    private static bool IsWordChar(char neighbour, char edge) =>
        edge < 0x2E80 && (char.IsAsciiLetterOrDigit(neighbour) || neighbour is '-' or '_');

    private static void Walk(JsonNode? node, List<string> parts)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, parts);
                }

                break;
            case JsonObject obj:
                foreach (var key in new[] { "text", "title", "label", "placeholder", "value", "errorMessage", "altText" })
                {
                    // An input's value is what the person typed or will type; a fact's value is shown.
                    if (key == "value" && obj["type"]?.GetValue<string>() is { } type && !type.StartsWith("Fact", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var s))
                    {
                        parts.Add(s);
                    }
                }

                foreach (var (key, child) in obj)
                {
                    if (key is not ("data" or "verb" or "id" or "url" or "iconUrl" or "refresh" or "msteams"))
                    {
                        Walk(child, parts);
                    }
                }

                break;
        }
    }

    private static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"\s(?:title|placeholder|aria-label|alt)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAttribute();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // applicant:{link id}, a role shown as its code's prefix (role: …), a placeholder for a missing name, a field path
    // (data.missing), JSON, a SHA-256, a demo staff e-mail shown in place of a name.
    [GeneratedRegex(@"applicant:[0-9a-f-]{8,}|\brole: ?\S|（未命名）|\(unnamed\)|\bdata\.[a-z][A-Za-z]+|\{""[a-zA-Z]+""\s*:|\b[0-9a-f]{64}\b|\b[a-z0-9]+@demo\.local\b(?<!certification@demo\.local)")]
    private static partial Regex Leaks();
}
