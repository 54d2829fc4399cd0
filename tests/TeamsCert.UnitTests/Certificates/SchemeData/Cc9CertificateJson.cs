namespace TeamsCert.UnitTests.Certificates.SchemeData;

// CC9 `$.certificate`, identical to scratch/CC9.certificate.json.
internal static class Cc9CertificateJson
{
    public const string Text = """
        {
          "certificate": {
            "numbering": {
              "canonicalTemplate": "{cb}-CC9-{yyyy}-{seq:4}{-site}",
              "displayTemplate": "{cb}-CC9-{yyyy}-{seq:4}{-site}",
              "cbCode": "CMM",
              "fieldCodePattern": null,
              "canonicalPattern": "^CMM-CC9-\\d{4}-\\d{4}(-\\d+)?$",
              "source": "003 §7.1(1) (唯一的证书识别编号 only; format is the TeamsCert default)",
              "voidedSource": "003 §7.1(1) (unique number; void after revocation as 002 §10.3.5, 004 §6.2.4)",
              "reissueSource": "003 §7.4.1-7.4.2 (number and validity kept: TeamsCert default)"
            },
            "validityYears": 3,
            "validitySource": "A-10 (003 §7.1(6) states no period; 3 years as 002 §10.1, 004 §4)",
            "transitions": [
              { "from": "valid", "to": "suspended", "triggers": [
                { "code": "minor-nc-not-rectified", "label": { "zhCn": "监督审核发现轻微不符合项，未在规定时间内完成整改", "en": "Minor nonconformity from surveillance not corrected in time" }, "source": "003 §8.2.1(1)" },
                { "code": "ms-change-not-reported", "label": { "zhCn": "管理体系发生重大变更未及时报告", "en": "Significant management-system change not reported in time" }, "source": "003 §8.2.1(2)" },
                { "code": "general-violation", "label": { "zhCn": "存在一般违法违规行为", "en": "General violation of laws or regulations" }, "source": "003 §8.2.1(3)" },
                { "code": "other-suspension", "label": { "zhCn": "其他影响认证有效性的情形", "en": "Other circumstances affecting the validity of certification" }, "source": "003 §8.2.1(4)" }
              ] },
              { "from": "suspended", "to": "valid", "triggers": [
                { "code": "rectification-verified", "label": { "zhCn": "整改经验证通过，恢复有效", "en": "Corrections verified; certificate restored" }, "source": "003 §8.3.1(2)-(4)" }
              ] },
              { "from": "valid", "to": "revoked", "triggers": [
                { "code": "major-nc", "label": { "zhCn": "监督审核发现严重不符合项", "en": "Major nonconformity found at surveillance" }, "source": "003 §8.2.2(1)" },
                { "code": "false-information", "label": { "zhCn": "提供虚假材料或隐瞒重要信息", "en": "False material supplied or important information concealed" }, "source": "003 §8.2.2(2)" },
                { "code": "serious-violation", "label": { "zhCn": "有严重违法违规行为", "en": "Serious violation of laws or regulations" }, "source": "003 §8.2.2(3); §7.4.3(4) lists it as cancellation (A-30)", "flag": "A-30" },
                { "code": "refuses-surveillance", "label": { "zhCn": "拒绝接受监督审核", "en": "Refuses surveillance audit" }, "source": "003 §8.2.2(4)" },
                { "code": "no-longer-conforms", "label": { "zhCn": "不再符合认证要求", "en": "No longer conforms to certification requirements" }, "source": "003 §7.4.3(3) read as revocation under §8.2.2 (A-30)", "flag": "A-30" }
              ] },
              { "from": "suspended", "to": "revoked", "triggers": [
                { "code": "suspension-expired", "label": { "zhCn": "暂停期限届满仍未完成整改", "en": "Suspension period ended without correction" }, "source": "003 §8.2.2(5)", "timerRuleId": "A-11" },
                { "code": "major-nc", "label": { "zhCn": "监督审核发现严重不符合项", "en": "Major nonconformity found at surveillance" }, "source": "003 §8.2.2(1)" },
                { "code": "false-information", "label": { "zhCn": "提供虚假材料或隐瞒重要信息", "en": "False material supplied or important information concealed" }, "source": "003 §8.2.2(2)" },
                { "code": "serious-violation", "label": { "zhCn": "有严重违法违规行为", "en": "Serious violation of laws or regulations" }, "source": "003 §8.2.2(3); §7.4.3(4) lists it as cancellation (A-30)", "flag": "A-30" },
                { "code": "refuses-surveillance", "label": { "zhCn": "拒绝接受监督审核", "en": "Refuses surveillance audit" }, "source": "003 §8.2.2(4)" },
                { "code": "no-longer-conforms", "label": { "zhCn": "不再符合认证要求", "en": "No longer conforms to certification requirements" }, "source": "003 §7.4.3(3) read as revocation under §8.2.2 (A-30)", "flag": "A-30" }
              ] },
              { "from": "valid", "to": "cancelled", "triggers": [
                { "code": "holder-request", "label": { "zhCn": "认证对象主动申请注销", "en": "Holder requests cancellation" }, "source": "003 §8.2.3(2); §7.4.3(1)" },
                { "code": "expired-without-recertification", "label": { "zhCn": "证书有效期届满未申请再认证", "en": "Validity ended without recertification" }, "source": "003 §8.2.3(1); §7.4.3(2)", "timerRuleId": "A-10" },
                { "code": "legally-terminated", "label": { "zhCn": "认证对象依法终止", "en": "Holder legally terminated" }, "source": "003 §8.2.3(3)" },
                { "code": "other-cancellation", "label": { "zhCn": "其他应当注销的情形", "en": "Other grounds for cancellation" }, "source": "003 §8.2.3(4)" }
              ] },
              { "from": "suspended", "to": "cancelled", "triggers": [
                { "code": "holder-request", "label": { "zhCn": "暂停期间认证对象主动申请注销", "en": "Holder requests cancellation while suspended" }, "source": "003 §8.2.3(2) (state not restricted); A-31", "flag": "A-31" },
                { "code": "expired-without-recertification", "label": { "zhCn": "证书有效期届满未申请再认证", "en": "Validity ended without recertification" }, "source": "003 §8.2.3(1) (state not restricted)", "timerRuleId": "A-10" },
                { "code": "legally-terminated", "label": { "zhCn": "认证对象依法终止", "en": "Holder legally terminated" }, "source": "003 §8.2.3(3) (state not restricted)" },
                { "code": "other-cancellation", "label": { "zhCn": "其他应当注销的情形", "en": "Other grounds for cancellation" }, "source": "003 §8.2.3(4) (state not restricted)" }
              ] }
            ],
            "stateEffects": [
              { "state": "valid", "certificateUsable": true, "markUseAllowed": true, "numberVoided": false, "publicationRequired": true, "source": "003 §8.4.1-8.4.2 (every status change is published)" },
              { "state": "suspended", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "source": "003 §8.4.1-8.4.2; §7.3.1(1)" },
              { "state": "revoked", "certificateUsable": false, "markUseAllowed": false, "numberVoided": true, "publicationRequired": true, "source": "003 §7.3, §8.4.1-8.4.2; number void as 002 §10.3.5, 004 §6.2.4" },
              { "state": "cancelled", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "source": "003 §7.3, §8.3.3(4), §8.4.1-8.4.2" }
            ],
            "contents": [
              { "code": "number", "label": { "zhCn": "认证证书编号", "en": "Certificate number" }, "presence": "required", "source": "003 §7.1(1)" },
              { "code": "holderName", "label": { "zhCn": "认证对象名称（法定名称）", "en": "Holder legal name" }, "presence": "required", "source": "003 §7.1(2)" },
              { "code": "holderAddress", "label": { "zhCn": "认证对象地址（注册地址或实际经营地址）", "en": "Registered or operating address" }, "presence": "required", "source": "003 §7.1(3)" },
              { "code": "scope", "label": { "zhCn": "认证范围", "en": "Scope of certification" }, "presence": "required", "source": "003 §7.1(4)" },
              { "code": "basis", "label": { "zhCn": "认证依据（标准和认证规则）", "en": "Certification basis (standard and rule)" }, "presence": "required", "source": "003 §7.1(5)" },
              { "code": "validityPeriod", "label": { "zhCn": "证书有效期", "en": "Validity period" }, "presence": "required", "source": "003 §7.1(6)" },
              { "code": "issueDate", "label": { "zhCn": "颁发日期", "en": "Issue date" }, "presence": "required", "source": "003 §7.1(7)" },
              { "code": "cbName", "label": { "zhCn": "认证机构名称", "en": "Certification body name" }, "presence": "required", "source": "003 §7.1(8)" },
              { "code": "cbLogo", "label": { "zhCn": "认证机构标志", "en": "Certification body logo" }, "presence": "required", "source": "003 §7.1(9)" },
              { "code": "cncaMark", "label": { "zhCn": "国家认监委规定的标志", "en": "Mark prescribed by CNCA" }, "presence": "required", "source": "003 §7.1(10)" },
              { "code": "ruleNumber", "label": { "zhCn": "认证规则编号：CMM-525-0009-SJT 11739-2019", "en": "Rule number CMM-525-0009-SJT 11739-2019" }, "presence": "required", "source": "003 §7.2.1" },
              { "code": "category", "label": { "zhCn": "认证类别：信息技术服务 呼叫中心运营管理能力认证", "en": "Certification category" }, "presence": "required", "source": "003 §7.2.1" },
              { "code": "field", "label": { "zhCn": "认证领域：信息技术服务 呼叫中心运营管理", "en": "Certification field" }, "presence": "required", "source": "003 §7.2.1" },
              { "code": "mode", "label": { "zhCn": "认证模式：服务特性要求测评+服务管理要求审核", "en": "Certification mode" }, "presence": "required", "source": "003 §7.2.1" },
              { "code": "characteristicResult", "label": { "zhCn": "服务特性评价结果", "en": "Service-characteristic evaluation result" }, "presence": "required", "source": "003 §7.2.2" },
              { "code": "managementResult", "label": { "zhCn": "服务管理评价结果", "en": "Service-management evaluation result" }, "presence": "required", "source": "003 §7.2.2" },
              { "code": "compositeResult", "label": { "zhCn": "综合评价结果", "en": "Composite evaluation result" }, "presence": "required", "source": "003 §7.2.2" }
            ]
          }
        }
        """;
}
