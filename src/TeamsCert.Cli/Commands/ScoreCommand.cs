using System.Text.Json;
using TeamsCert.Domain;
using TeamsCert.Domain.Scoring;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Cli.Commands;

/// <summary>Scores an evaluation sheet with the scheme's model: composite (LS/CC9), star levels (TEL), GB/T 27922 (AS).</summary>
public static class ScoreCommand
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("score", "按方案评分模型计分并逐项说明 / score with the scheme's model, explained item by item",
            [
                new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"),
                new("input", "FILE", "评分输入 JSON 文件，格式见示例 / JSON file with the scores, shapes below"),
            ],
            Run, """
            teamscert score --scheme AS --input sheet.json
              AS:     {"excluded":["配送"],"failedItems":{"维修":[1,2]},"specialDeductions":0,"bonus":0}
              TEL:    {"parts":{"1.0":{"items":20,"methodCompliant":20,"executed":18},"5.0":{...}},"totalScore":3250}
              LS/CC9: {"weighted":{"服务质量评价":85,...},"lift":{"行业影响力":50},"subIndicators":{"制度建设":84}}
            """),
    ];

    private static System.Text.Json.Nodes.JsonObject Run(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        var path = args.Required("input");
        object result = ruleSet.Scoring switch
        {
            CompositeScoringRules => ruleSet.Score(Read<CompositeScoringInput>(path)),
            StarLevelScoringRules => ruleSet.Score(Read<StarLevelInput>(path)),
            GbT27922ScoringRules => ruleSet.Score(Read<GbT27922Input>(path)),
            _ => throw new InvalidOperationException($"No CLI input for scoring model {ruleSet.Scoring.GetType().Name}."),
        };
        return CliOutput.Extend(result, ("scheme", ruleSet.Scheme), ("ruleSetVersion", ruleSet.Version));
    }

    private static T Read<T>(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException("input", $"无法读取评分输入文件 {path} / cannot read the input file {path}: {ex.Message}");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, RuleDataJson.Options)
                ?? throw new InvalidInputException("input", "评分输入为空 / the input file holds null");
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "input" : $"input{ex.Path.TrimStart('$')}";
            var cut = ex.Message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new InvalidInputException(field, $"评分输入无效（{field}）/ invalid score input at {field}: {(cut > 0 ? ex.Message[..cut] : ex.Message)}");
        }
    }
}
