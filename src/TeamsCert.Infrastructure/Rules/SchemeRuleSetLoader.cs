using System.Text.Json;
using System.Text.RegularExpressions;
using TeamsCert.Domain.Rules;
using TeamsCert.Domain.Schemes;

namespace TeamsCert.Infrastructure.Rules;

/// <summary>Reads and validates scheme rule-set files named <c>{SCHEME}.v{N}.json</c>.</summary>
public static partial class SchemeRuleSetLoader
{
    /// <summary>Reads one file; throws <see cref="RuleDataException"/> listing every problem found.</summary>
    public static SchemeRuleSet LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        SchemeRuleSet? ruleSet;
        try
        {
            using var stream = File.OpenRead(path);
            ruleSet = JsonSerializer.Deserialize<SchemeRuleSet>(stream, RuleDataJson.Options);
        }
        catch (JsonException ex)
        {
            throw new RuleDataException(name, [Describe(ex)]);
        }
        catch (IOException ex)
        {
            throw new RuleDataException(name, [new RuleDataError("$", $"cannot be read: {ex.Message}")]);
        }

        if (ruleSet is null)
        {
            throw new RuleDataException(name, [new RuleDataError("$", "the file holds null instead of a rule set")]);
        }

        var validation = new RuleDataValidation();
        ruleSet.Validate(validation, "$");
        var match = FileNamePattern().Match(name);
        if (!match.Success)
        {
            validation.Error("$", "the file name must be {SCHEME}.v{N}.json, e.g. TEL.v1.json");
        }
        else if (match.Groups["scheme"].Value != ruleSet.Scheme || match.Groups["version"].Value != ruleSet.Version)
        {
            validation.Error("$.scheme", $"the file name says {match.Groups["scheme"].Value} v{match.Groups["version"].Value} but the content says {ruleSet.Scheme} v{ruleSet.Version}");
        }

        return validation.IsValid ? ruleSet : throw new RuleDataException(name, validation.Errors);
    }

    /// <summary>Loads every rule set from the built-in folder and then the operator's folder (which may add versions).</summary>
    public static SchemeCatalog LoadCatalog(string builtInFolder, string? operatorFolder)
    {
        var files = new List<string>(Directory.GetFiles(builtInFolder, "*.json"));
        if (!string.IsNullOrEmpty(operatorFolder) && Directory.Exists(operatorFolder))
        {
            files.AddRange(Directory.GetFiles(operatorFolder, "*.json"));
        }

        var ruleSets = files.Order(StringComparer.Ordinal).Select(LoadFile).ToList();
        var duplicate = ruleSets.GroupBy(r => (r.Scheme, r.Version)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleDataException($"{duplicate.Key.Scheme}.v{duplicate.Key.Version}.json",
                [new RuleDataError("$.version", "this scheme version is defined twice (built-in and operator folder); give the new file a higher version")]);
        }

        return new SchemeCatalog(ruleSets);
    }

    private static RuleDataError Describe(JsonException ex)
    {
        // System.Text.Json appends its own "Path: … | LineNumber: …" tail; keep the sentence and report the location ourselves.
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
        return new RuleDataError(ex.Path ?? "$", message.TrimEnd() + where);
    }

    [GeneratedRegex(@"^(?<scheme>[A-Z0-9]+)\.v(?<version>[1-9]\d*)\.json$")]
    private static partial Regex FileNamePattern();
}
