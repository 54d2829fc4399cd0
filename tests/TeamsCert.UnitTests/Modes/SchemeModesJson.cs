namespace TeamsCert.UnitTests.Modes;

// `$.modes` of every scheme, identical to scratch/{LS,CC9,TEL,AS}.modes.json.
internal static class SchemeModesJson
{
    public const string Ls = """
        {
          "modes": {
            "codes": [
              { "code": "SC", "name": { "zhCn": "服务特性要求测评", "en": "Service-characteristic requirements evaluation" }, "kind": "characteristicTest", "source": "000 §1.3(1); §5.1" },
              { "code": "SM", "name": { "zhCn": "服务管理要求审核", "en": "Service-management requirements audit" }, "kind": "managementAudit", "source": "000 §1.3(2); §5.2" }
            ],
            "initialCombinations": {
              "withDesignResponsibility": [ "SC+SM" ],
              "withoutDesignResponsibility": [ "SC+SM" ],
              "source": "000 §1.3; §5.3; §7.2.1"
            },
            "nonExhaustive": false,
            "compositionSource": "000 §1.3",
            "contactTypeRules": []
          }
        }
        """;

    public const string Cc9 = """
        {
          "modes": {
            "codes": [
              { "code": "SC", "name": { "zhCn": "服务特性要求测评", "en": "Service-characteristic requirements evaluation" }, "kind": "characteristicTest", "source": "003 §1.3(1); §5.1" },
              { "code": "SM", "name": { "zhCn": "服务管理要求审核", "en": "Service-management requirements audit" }, "kind": "managementAudit", "source": "003 §1.3(2); §5.2" }
            ],
            "initialCombinations": {
              "withDesignResponsibility": [ "SC+SM" ],
              "withoutDesignResponsibility": [ "SC+SM" ],
              "source": "003 §1.3; §5.3; §7.2.1"
            },
            "nonExhaustive": false,
            "compositionSource": "003 §1.3",
            "contactTypeRules": []
          }
        }
        """;

    public const string Tel = """
        {
          "modes": {
            "codes": [
              { "code": "IR", "name": { "zhCn": "初始审查", "en": "Initial review (stage 1 and on-site review)" }, "kind": "managementAudit", "source": "002 §5; §9.1.5-9.1.7" },
              { "code": "MS", "name": { "zhCn": "暗访", "en": "Mystery shopping" }, "kind": "characteristicTest", "visibility": "mystery", "source": "002 §5; §3.10" },
              { "code": "PS", "name": { "zhCn": "获证后监督", "en": "Post-certification surveillance" }, "kind": "either", "source": "002 §5; §9.2" }
            ],
            "initialCombinations": {
              "withDesignResponsibility": [ "IR+MS+PS" ],
              "withoutDesignResponsibility": [ "IR+MS+PS" ],
              "source": "002 §5"
            },
            "nonExhaustive": false,
            "compositionSource": "002 §5",
            "contactTypeRules": []
          }
        }
        """;

    public const string As = """
        {
          "modes": {
            "codes": [
              { "code": "A", "name": { "zhCn": "公开的服务特性检验", "en": "Open service-characteristic inspection" }, "kind": "characteristicTest", "visibility": "open", "source": "004 §5.2.1.3 a); §5.2.1.4 a)" },
              { "code": "B", "name": { "zhCn": "神秘顾客（暗访）的服务特性检验", "en": "Mystery-shopper service-characteristic inspection" }, "kind": "characteristicTest", "visibility": "mystery", "source": "004 §5.2.1.3 b); §5.2.1.4 a)" },
              { "code": "C", "name": { "zhCn": "公开的服务特性检测", "en": "Open service-characteristic measurement" }, "kind": "characteristicTest", "visibility": "open", "source": "004 §5.2.1.3 c); §5.2.1.4 b)" },
              { "code": "D", "name": { "zhCn": "神秘顾客（暗访）的服务特性检测", "en": "Mystery-shopper service-characteristic measurement" }, "kind": "characteristicTest", "visibility": "mystery", "source": "004 §5.2.1.3 d); §5.2.1.4 b)" },
              { "code": "E", "name": { "zhCn": "顾客调查", "en": "Customer survey" }, "kind": "characteristicTest", "source": "004 §5.2.1.3 e); §5.2.1.5 (not a satisfaction survey)" },
              { "code": "F", "name": { "zhCn": "服务足迹测评", "en": "Service footprint evaluation" }, "kind": "characteristicTest", "source": "004 §5.2.1.3 f); §5.2.1.6" },
              { "code": "G", "name": { "zhCn": "服务能力确认或验证", "en": "Service capability validation or verification" }, "kind": "either", "source": "004 §5.2.1.3 g); §5.2.1.7" },
              { "code": "H", "name": { "zhCn": "服务设计审核", "en": "Service design audit" }, "kind": "managementAudit", "source": "004 §5.2.1.3 h); §5.2.1.8" },
              { "code": "I", "name": { "zhCn": "服务管理审核", "en": "Service management audit" }, "kind": "managementAudit", "source": "004 §5.2.1.3 i); §5.2.1.8" }
            ],
            "initialCombinations": {
              "withDesignResponsibility": [ "A+F+G", "B+F+G", "C+F+G", "D+F+G", "E+F+G", "A+B+F+G", "C+D+F+G", "C+E+F+G", "D+E+F+G", "A+B+C+D+E+F+G" ],
              "withoutDesignResponsibility": [ "A+G", "B+G", "C+G", "D+G", "E+G", "A+B+G", "C+D+G", "C+E+G", "D+E+G", "A+B+C+D+E+G" ],
              "source": "004 §5.2.2.3(4)a, (5)a"
            },
            "nonExhaustive": true,
            "managementAuditCode": "I",
            "designAuditCode": "H",
            "compositionSource": "004 §5.2.1.1; §5.4.2.3(3)",
            "contactTypeRules": [
              { "contactType": "personToPerson", "requiredGroups": [ [ "B", "D" ] ], "severity": "requiresJustification", "source": "004 §5.2.2.2(2)a (宜)" },
              { "contactType": "personToMachine", "requiredGroups": [ [ "A", "C" ], [ "B", "D" ] ], "severity": "requiresJustification", "source": "004 §5.2.2.2(2)b (宜)" },
              { "contactType": "machineToPerson", "requiredGroups": [ [ "A", "C" ], [ "B", "D" ] ], "severity": "requiresJustification", "source": "004 §5.2.2.2(2)b (宜)" },
              { "contactType": "machineToMachine", "requiredGroups": [ [ "A", "C" ] ], "severity": "requiresJustification", "source": "004 §5.2.2.2(2)c (宜)" }
            ]
          }
        }
        """;
}
