using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// AS $.scoring section exactly as handed over (004 附件一).
internal static class GbT27922Section
{
    public const string AsJson = """
        {
          "model": "gbt27922",
          "source": "004 附件一",
          "blocks": [
            { "name": "售后服务体系", "points": 40 },
            { "name": "商品服务", "points": 35, "exclusionsAllowed": true },
            { "name": "顾客服务", "points": 25 }
          ],
          "indicators": [
            { "block": "售后服务体系", "name": "组织架构", "points": 4, "items": 2, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "售后服务体系", "name": "人员配置", "points": 6, "items": 2, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "售后服务体系", "name": "资源配置", "points": 6, "items": 7, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "售后服务体系", "name": "规范要求", "points": 6, "items": 3, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "售后服务体系", "name": "监督", "points": 7, "items": 4, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "售后服务体系", "name": "改进", "points": 5, "items": 3, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "售后服务体系", "name": "服务文化", "points": 6, "items": 2, "perItem": null, "rule": "anyFailZero", "excludable": false },
            { "block": "商品服务", "name": "商品信息", "points": 6, "items": 3, "perItem": 2, "rule": "perItem", "excludable": true },
            { "block": "商品服务", "name": "技术支持", "points": 6, "items": 4, "perItem": 2, "rule": "perItemFloorZero", "excludable": true },
            { "block": "商品服务", "name": "配送", "points": 4, "items": 2, "perItem": 2, "rule": "perItem", "excludable": true },
            { "block": "商品服务", "name": "维修", "points": 10, "items": 7, "perItem": 2, "rule": "perItemFloorZero", "excludable": true },
            { "block": "商品服务", "name": "质量保证", "points": 7, "items": 5, "perItem": 2, "rule": "perItemFloorZero", "excludable": true },
            { "block": "商品服务", "name": "废弃商品回收", "points": 2, "items": 2, "perItem": 1, "rule": "perItem", "excludable": true },
            { "block": "顾客服务", "name": "顾客关系", "points": 15, "items": 6, "perItem": 3, "rule": "perItemFloorZero", "excludable": false },
            { "block": "顾客服务", "name": "投诉处理", "points": 10, "items": 3, "perItem": 3, "rule": "perItem", "excludable": false }
          ],
          "passMark": 70,
          "specialDeductionFailCount": 5,
          "bonusMaximum": 1,
          "cap": 100,
          "bands": [
            { "minimum": 95, "name": { "zhCn": "五星级", "en": "Five-star" } },
            { "minimum": 90, "name": { "zhCn": "四星级", "en": "Four-star" } },
            { "minimum": 80, "name": { "zhCn": "三星级", "en": "Three-star" } },
            { "minimum": 70, "name": { "zhCn": "达标级", "en": "Compliant" } }
          ]
        }
        """;

    public static GbT27922ScoringRules As() => (GbT27922ScoringRules)RuleJson.Read<ScoringRules>(AsJson);
}
