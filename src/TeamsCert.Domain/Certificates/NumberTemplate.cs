using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsCert.Domain.Certificates;

// A parsed numbering template such as "{cb}{yy}{field}{seq:4}R{cycle}{-site}".
internal sealed class NumberTemplate
{
    private NumberTemplate(IReadOnlyList<NumberToken> tokens) => Tokens = tokens;

    public IReadOnlyList<NumberToken> Tokens { get; }

    public int SequenceWidth => Tokens.FirstOrDefault(t => t.Kind == NumberTokenKind.Sequence)?.Width ?? 0;

    public bool Has(NumberTokenKind kind) => Tokens.Any(t => t.Kind == kind);

    public static NumberTemplate? TryParse(string? template, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(template))
        {
            error = "is required";
            return null;
        }

        var tokens = new List<NumberToken>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '}')
            {
                error = $"has an unmatched '}}' at position {i}";
                return null;
            }

            if (template[i] != '{')
            {
                literal.Append(template[i]);
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            var token = end < 0 ? null : ParseToken(template[(i + 1)..end]);
            if (token is null)
            {
                error = end < 0 ? $"has an unclosed '{{' at position {i}" : $"has an unknown token {template[i..(end + 1)]}";
                return null;
            }

            Flush(literal, tokens);
            tokens.Add(token);
            i = end;
        }

        Flush(literal, tokens);
        return new NumberTemplate(tokens);
    }

    public string Format(NumberValues values)
    {
        var text = new StringBuilder();
        foreach (var token in Tokens)
        {
            text.Append(token.Kind switch
            {
                NumberTokenKind.CbCode => values.CbCode,
                NumberTokenKind.Year4 => values.Year.ToString("D4", CultureInfo.InvariantCulture),
                NumberTokenKind.Year2 => (values.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
                NumberTokenKind.FieldCode => values.FieldCode,
                NumberTokenKind.Sequence => values.Sequence.ToString("D" + token.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                NumberTokenKind.Cycle => values.Cycle.ToString(CultureInfo.InvariantCulture),
                NumberTokenKind.Site => values.Site is { } site ? "-" + site.ToString(CultureInfo.InvariantCulture) : "",
                _ => token.Text,
            });
        }

        return text.ToString();
    }

    // A-29: the number without the cycle (with the marker text just before it, e.g. "R") and without -site
    // is the stable certification id.
    public NumberTemplate WithoutCycleAndSite()
    {
        var kept = new List<NumberToken>();
        for (var i = 0; i < Tokens.Count; i++)
        {
            var nextIsCycle = i + 1 < Tokens.Count && Tokens[i + 1].Kind == NumberTokenKind.Cycle;
            var drop = Tokens[i].Kind is NumberTokenKind.Cycle or NumberTokenKind.Site
                || (Tokens[i].Kind == NumberTokenKind.Literal && nextIsCycle);
            if (!drop)
            {
                kept.Add(Tokens[i]);
            }
        }

        return new NumberTemplate(kept);
    }

    public Regex ToParser(string? cbCode, string? fieldCodePattern)
    {
        var pattern = new StringBuilder("^");
        foreach (var token in Tokens)
        {
            pattern.Append(token.Kind switch
            {
                NumberTokenKind.CbCode => Regex.Escape(cbCode ?? ""),
                NumberTokenKind.Year4 => "(?<year>[0-9]{4})",
                NumberTokenKind.Year2 => "(?<year>[0-9]{2})",
                NumberTokenKind.FieldCode => $"(?<field>{Unanchored(fieldCodePattern)})",
                NumberTokenKind.Sequence => $"(?<seq>[0-9]{{{token.Width.ToString(CultureInfo.InvariantCulture)}}})",
                NumberTokenKind.Cycle => "(?<cycle>[0-9]+)",
                NumberTokenKind.Site => "(?:-(?<site>[0-9]+))?",
                _ => Regex.Escape(token.Text),
            });
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string Unanchored(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return ".+?";
        }

        var start = pattern.StartsWith('^') ? 1 : 0;
        var end = pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern.Length - 1 : pattern.Length;
        return pattern[start..end];
    }

    private static NumberToken? ParseToken(string name)
    {
        if (name.StartsWith("seq:", StringComparison.Ordinal))
        {
            return int.TryParse(name[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 1 and <= 9
                ? new NumberToken(NumberTokenKind.Sequence, Width: width)
                : null;
        }

        NumberTokenKind? kind = name switch
        {
            "cb" => NumberTokenKind.CbCode,
            "yyyy" => NumberTokenKind.Year4,
            "yy" => NumberTokenKind.Year2,
            "field" => NumberTokenKind.FieldCode,
            "cycle" => NumberTokenKind.Cycle,
            "-site" => NumberTokenKind.Site,
            _ => null,
        };
        return kind is null ? null : new NumberToken(kind.Value);
    }

    private static void Flush(StringBuilder literal, List<NumberToken> tokens)
    {
        if (literal.Length > 0)
        {
            tokens.Add(new NumberToken(NumberTokenKind.Literal, literal.ToString()));
            literal.Clear();
        }
    }
}
