using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// TEL $.scoring section exactly as handed over (002 §6).
internal static class StarLevelSection
{
    public const string TelJson = """
        {
          "model": "starLevels",
          "source": "002 §6",
          "levels": [
            {
              "name": { "zhCn": "五星级", "en": "Five-star" },
              "rank": 5,
              "coreParts": ["1.0", "2.0", "3.0", "4.0"],
              "coreAggregation": "perPart",
              "methodMinimum": 100,
              "executedMinimum": 100,
              "part5": { "methodMinimum": 100, "executedMinimum": 90 },
              "totalMinimum": 3380
            },
            {
              "name": { "zhCn": "四星级", "en": "Four-star" },
              "rank": 4,
              "coreParts": ["1.0", "2.0", "3.0", "4.0"],
              "coreAggregation": "aggregate",
              "methodMinimum": 100,
              "executedMinimum": 90,
              "part5": { "methodMinimum": 80, "executedMinimum": 70 },
              "totalMinimum": 3200
            },
            {
              "name": { "zhCn": "三星级", "en": "Three-star" },
              "rank": 3,
              "coreParts": ["1.0", "2.0", "3.0", "4.0"],
              "coreAggregation": "aggregate",
              "methodMinimum": 100,
              "executedMinimum": 80,
              "part5": null,
              "totalMinimum": 2750
            },
            {
              "name": { "zhCn": "达标级", "en": "Compliant" },
              "rank": 2,
              "coreParts": ["1.0", "2.0", "3.0", "4.0"],
              "coreAggregation": "aggregate",
              "methodMinimum": 90,
              "executedMinimum": 70,
              "part5": null,
              "totalMinimum": 2500
            }
          ]
        }
        """;

    public static StarLevelScoringRules Tel() => (StarLevelScoringRules)RuleJson.Read<ScoringRules>(TelJson);
}
