using TeamsCert.Domain;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Scoring;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Web.Texts;

/// <summary>
/// A score and its grade in words, the same on the cards, the tab and the register: "星级评价：四星级（2800 分）" /
/// "Star level: Four stars (2800 points)". The grade is stored in Chinese (the rule data's name); its English comes from
/// the scheme's star levels or bands.
/// </summary>
public static class ScoreWords
{
    private static readonly Dictionary<string, LocalizedText> _models = new(StringComparer.Ordinal)
    {
        ["starLevel"] = new("星级评价", "Star level"),
        ["starLevels"] = new("星级评价", "Star level"),
        ["gbt27922"] = new("GB/T 27922 评分", "GB/T 27922 score"),
        ["composite"] = new("综合评分", "Composite score"),
    };

    private static readonly LocalizedText _score = new("评分", "Score");
    private static readonly LocalizedText _passed = new("通过", "passed");
    private static readonly LocalizedText _failed = new("未通过", "not passed");

    /// <summary>The score in words; <paramref name="ruleSet"/> names the grade in English (null: the stored text in both).</summary>
    public static LocalizedText Describe(ScoreFacts score, SchemeRuleSet? ruleSet)
    {
        ArgumentNullException.ThrowIfNull(score);
        var model = _models.TryGetValue(score.Model, out var text) ? text : _score;
        var value = score.Value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var grade = Grade(ruleSet, score.Grade) ?? score.Passed switch
        {
            true => _passed,
            false => _failed,
            null => null,
        };
        if (grade is null)
        {
            return value is null ? model : new($"{model.ZhCn}：{value} 分", $"{model.En}: {value} points");
        }

        return value is null
            ? new($"{model.ZhCn}：{grade.ZhCn}", $"{model.En}: {grade.En}")
            : new($"{model.ZhCn}：{grade.ZhCn}（{value} 分）", $"{model.En}: {grade.En} ({value} points)");
    }

    /// <summary>The grade in both languages when the scheme names it (star levels, bands), else the stored text split at " / ".</summary>
    public static LocalizedText? Grade(SchemeRuleSet? ruleSet, string? grade)
    {
        if (string.IsNullOrWhiteSpace(grade))
        {
            return null;
        }

        var names = ruleSet?.Scoring switch
        {
            StarLevelScoringRules stars => stars.Levels.Select(l => l.Name),
            GbT27922ScoringRules bands => bands.Bands.Select(b => b.Name),
            _ => [],
        };
        if (names.FirstOrDefault(n => n.ZhCn == grade) is { } named)
        {
            return named;
        }

        var at = grade.IndexOf(" / ", StringComparison.Ordinal);
        return at < 0 ? new(grade, grade) : new(grade[..at].TrimEnd(), grade[(at + 3)..].TrimStart());
    }
}
