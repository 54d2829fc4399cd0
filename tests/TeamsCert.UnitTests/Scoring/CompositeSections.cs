using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// LS and CC9 $.scoring sections exactly as handed over (000/003 §9, §10, App. C).
internal static class CompositeSections
{
    public const string LsJson = """
        {
          "model": "composite",
          "source": "000 §9, §10, 附录C",
          "weighted": [
            { "name": "服务质量评价", "group": "characteristic", "weight": 25 },
            { "name": "服务效率评价", "group": "characteristic", "weight": 20 },
            { "name": "服务效果评价", "group": "characteristic", "weight": 15 },
            { "name": "组织管理评价", "group": "management", "weight": 10 },
            { "name": "从业人员管理评价", "group": "management", "weight": 8 },
            { "name": "技术能力管理评价", "group": "management", "weight": 10 },
            { "name": "服务质量管理评价", "group": "management", "weight": 7 },
            { "name": "客户关系管理评价", "group": "management", "weight": 5 }
          ],
          "groupTotals": { "characteristic": 60, "management": 40 },
          "lift": [
            { "name": "技术创新水平", "group": "innovation", "weight": 3 },
            { "name": "管理创新能力", "group": "innovation", "weight": 2 },
            { "name": "持续改进能力", "group": "innovation", "weight": 2 },
            { "name": "行业影响力", "group": "innovation", "weight": 3 },
            { "name": "客户满意度", "group": "social", "weight": 2 },
            { "name": "员工满意度", "group": "social", "weight": 2 },
            { "name": "社会责任履行", "group": "social", "weight": 2 },
            { "name": "环境保护贡献", "group": "social", "weight": 2 }
          ],
          "minima": [
            { "section": "9.1.1", "name": "资质管理", "minimum": 90 },
            { "section": "9.1.2", "name": "制度建设", "minimum": 85 },
            { "section": "9.1.3", "name": "责任分工", "minimum": 85 },
            { "section": "9.1.4", "name": "资源配置", "minimum": 80 },
            { "section": "9.2.1", "name": "人员配置", "minimum": 85 },
            { "section": "9.2.2", "name": "人员培训", "minimum": 85 },
            { "section": "9.2.3", "name": "人员考核", "minimum": 80 },
            { "section": "9.2.4", "name": "人员激励", "minimum": 80 },
            { "section": "9.3.1", "name": "技术体系建设", "minimum": 90 },
            { "section": "9.3.2", "name": "技术能力提升", "minimum": 85 },
            { "section": "9.3.3", "name": "技术风险管理", "minimum": 85 },
            { "section": "9.4.1", "name": "服务质量控制", "minimum": 90 },
            { "section": "9.4.2", "name": "客户关系管理", "minimum": 85 },
            { "section": "9.4.3", "name": "服务持续改进", "minimum": 85 }
          ]
        }
        """;

    public const string Cc9Json = """
        {
          "model": "composite",
          "source": "003 §9, §10, 附录C",
          "weighted": [
            { "name": "服务质量评价", "group": "characteristic", "weight": 25 },
            { "name": "服务效率评价", "group": "characteristic", "weight": 20 },
            { "name": "服务效果评价", "group": "characteristic", "weight": 15 },
            { "name": "战略规划评价", "group": "management", "weight": 10 },
            { "name": "运营过程评价", "group": "management", "weight": 15 },
            { "name": "人员管理评价", "group": "management", "weight": 10 },
            { "name": "系统管理评价", "group": "management", "weight": 5 }
          ],
          "groupTotals": { "characteristic": 60, "management": 40 },
          "lift": [
            { "name": "技术创新水平", "group": "innovation", "weight": 3 },
            { "name": "管理创新能力", "group": "innovation", "weight": 2 },
            { "name": "持续改进能力", "group": "innovation", "weight": 2 },
            { "name": "行业影响力", "group": "innovation", "weight": 3 },
            { "name": "客户满意度", "group": "social", "weight": 2 },
            { "name": "员工满意度", "group": "social", "weight": 2 },
            { "name": "社会责任履行", "group": "social", "weight": 2 },
            { "name": "环境保护贡献", "group": "social", "weight": 2 }
          ],
          "minima": [
            { "section": "9.1.1", "name": "组织定位", "minimum": 85 },
            { "section": "9.1.2", "name": "战略制定", "minimum": 85 },
            { "section": "9.1.3", "name": "战略实施", "minimum": 80 },
            { "section": "9.2.1", "name": "过程设计", "minimum": 85 },
            { "section": "9.2.2", "name": "过程执行", "minimum": 85 },
            { "section": "9.2.3", "name": "过程监控", "minimum": 80 },
            { "section": "9.2.4", "name": "过程改进", "minimum": 80 },
            { "section": "9.3.1", "name": "人员配置", "minimum": 85 },
            { "section": "9.3.2", "name": "人员培训", "minimum": 85 },
            { "section": "9.3.3", "name": "人员考核", "minimum": 80 },
            { "section": "9.3.4", "name": "人员激励", "minimum": 80 },
            { "section": "9.4.1", "name": "客户满意度管理", "minimum": 90 },
            { "section": "9.4.2", "name": "服务质量管理", "minimum": 90 },
            { "section": "9.4.3", "name": "服务效率管理", "minimum": 85 },
            { "section": "9.5.1", "name": "硬件管理", "minimum": 85 },
            { "section": "9.5.2", "name": "软件管理", "minimum": 85 },
            { "section": "9.5.3", "name": "网络管理", "minimum": 85 },
            { "section": "9.5.4", "name": "信息安全管理", "minimum": 90 }
          ]
        }
        """;

    public static CompositeScoringRules Ls() => (CompositeScoringRules)RuleJson.Read<ScoringRules>(LsJson);

    public static CompositeScoringRules Cc9() => (CompositeScoringRules)RuleJson.Read<ScoringRules>(Cc9Json);
}
