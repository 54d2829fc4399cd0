namespace TeamsCert.UnitTests.Certificates.SchemeData;

// TEL `$.certificate`, identical to scratch/TEL.certificate.json.
internal static class TelCertificateJson
{
    public const string Text = """
        {
          "certificate": {
            "numbering": {
              "canonicalTemplate": "{cb}-TEL-{yyyy}-{seq:4}{-site}",
              "displayTemplate": "{cb}-TEL-{yyyy}-{seq:4}{-site}",
              "cbCode": "CMM",
              "fieldCodePattern": null,
              "canonicalPattern": "^CMM-TEL-\\d{4}-\\d{4}(-\\d+)?$",
              "source": "002 §10.3.1-10.3.3 (format 由CC-CMM明确规定 but undefined: TeamsCert default; sub-certificates -1, -2 per §10.3.3)",
              "voidedSource": "002 §10.3.5",
              "reissueSource": "002 §10.3.4"
            },
            "validityYears": 3,
            "validitySource": "002 §10.1 (text says 商品售后服务评价体系认证证书: A-14)",
            "transitions": [
              { "from": "valid", "to": "suspended", "triggers": [
                { "code": "persistent-failure", "label": { "zhCn": "体系持续地或严重地不满足认证要求", "en": "Persistent or serious failure to meet certification requirements" }, "source": "002 §9.6.2(1)" },
                { "code": "refuses-audit-frequency", "label": { "zhCn": "不允许按要求的频次实施监督或再认证审查", "en": "Refuses surveillance or recertification at the required frequency" }, "source": "002 §9.6.2(2)" },
                { "code": "refuses-regulator-oversight", "label": { "zhCn": "不接受或不配合认证认可监督管理部门的监督管理", "en": "Refuses or obstructs oversight by the accreditation regulator" }, "source": "002 §9.6.2(3)" },
                { "code": "voluntary-suspension", "label": { "zhCn": "获证组织主动请求暂停", "en": "Holder requests suspension" }, "source": "002 §9.6.2(4)" },
                { "code": "surveillance-not-maintained", "label": { "zhCn": "监督审查后不同意保持认证注册（暂停）", "en": "Surveillance decision: registration not maintained (suspend)" }, "source": "002 §9.2.8 c" },
                { "code": "information-review", "label": { "zhCn": "信息通报或重大投诉分析后决定暂停", "en": "Suspension after review of notified information or a major complaint" }, "source": "002 §11; §9.6.2 (但不限于)" }
              ] },
              { "from": "suspended", "to": "valid", "triggers": [
                { "code": "rectification-verified", "label": { "zhCn": "在规定时限内解决了造成暂停的问题，经验证恢复", "en": "Cause of suspension resolved within the period and verified" }, "source": "002 §9.6.5 (resolution within the period); §9.4.2 (follow-up audit)" }
              ] },
              { "from": "valid", "to": "revoked", "triggers": [
                { "code": "surveillance-not-maintained", "label": { "zhCn": "监督审查后不同意保持认证注册（撤销）", "en": "Surveillance decision: registration not maintained (revoke)" }, "source": "002 §9.2.8 c" },
                { "code": "information-review", "label": { "zhCn": "信息通报或重大投诉分析后决定撤销", "en": "Revocation after review of notified information or a major complaint" }, "source": "002 §11" }
              ] },
              { "from": "suspended", "to": "revoked", "triggers": [
                { "code": "suspension-expired", "label": { "zhCn": "未能在规定时限内解决造成暂停的问题（或改为缩小认证范围）", "en": "Cause of suspension not resolved in time (scope reduction is the alternative)" }, "source": "002 §9.6.5; scope reduction §9.6.6 is an attribute change, not a state", "timerRuleId": "TEL-D07" },
                { "code": "surveillance-not-maintained", "label": { "zhCn": "监督审查后不同意保持认证注册（撤销）", "en": "Surveillance decision: registration not maintained (revoke)" }, "source": "002 §9.2.8 c" },
                { "code": "information-review", "label": { "zhCn": "信息通报或重大投诉分析后决定撤销", "en": "Revocation after review of notified information or a major complaint" }, "source": "002 §11" }
              ] },
              { "from": "valid", "to": "expired", "triggers": [
                { "code": "validity-ended", "label": { "zhCn": "证书有效期届满未再认证", "en": "Validity ended without recertification" }, "source": "002 §10.1; §9.3", "timerRuleId": "TEL-D06" }
              ] },
              { "from": "suspended", "to": "expired", "triggers": [
                { "code": "validity-ended", "label": { "zhCn": "暂停期间证书有效期届满", "en": "Validity ended while suspended" }, "source": "002 §10.1 (validity is not extended by a suspension)", "timerRuleId": "TEL-D06" }
              ] },
              { "from": "valid", "to": "cancelled", "triggers": [
                { "code": "holder-request", "label": { "zhCn": "获证组织主动申请注销", "en": "Holder requests cancellation" }, "source": "A-31 (002 defines no 注销; ISO/IEC 17065 §7.11)", "flag": "A-31" }
              ] },
              { "from": "suspended", "to": "cancelled", "triggers": [
                { "code": "holder-request", "label": { "zhCn": "暂停期间获证组织主动申请注销", "en": "Holder requests cancellation while suspended" }, "source": "A-31 (002 defines no 注销; ISO/IEC 17065 §7.11)", "flag": "A-31" }
              ] }
            ],
            "stateEffects": [
              { "state": "valid", "certificateUsable": true, "markUseAllowed": true, "numberVoided": false, "publicationRequired": true, "source": "002 §9.1.9 注3 (published list), §9.6.8 (status explained on request)" },
              { "state": "suspended", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "source": "002 §9.6.4; §10.4 (authorisation withdrawn)" },
              { "state": "revoked", "certificateUsable": false, "markUseAllowed": false, "numberVoided": true, "publicationRequired": true, "source": "002 §9.6.7, §10.3.5, §10.4; §9.1.9 注3" },
              { "state": "cancelled", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "source": "002 §9.1.9 注3 (published list updated)" },
              { "state": "expired", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "source": "002 §10.1; §9.1.9 注3 (published list updated)" }
            ],
            "contents": [
              { "code": "title", "label": { "zhCn": "认证证书名称（电信服务认证证书；种子示例误写为商品售后服务认证证书，A-14）", "en": "Certificate title (scheme-specific text, A-14)" }, "presence": "required", "source": "002 §10.2.1(1)" },
              { "code": "number", "label": { "zhCn": "证书编号", "en": "Certificate number" }, "presence": "required", "source": "002 §10.2.1(2); §10.3" },
              { "code": "holderName", "label": { "zhCn": "获证组织名称", "en": "Holder name" }, "presence": "required", "source": "002 §10.2.1(3)" },
              { "code": "registeredAddress", "label": { "zhCn": "注册地址", "en": "Registered address" }, "presence": "required", "source": "002 §10.2.1(3)" },
              { "code": "certifiedAddress", "label": { "zhCn": "获证地址", "en": "Certified address" }, "presence": "required", "source": "002 §10.2.1(3)" },
              { "code": "postcode", "label": { "zhCn": "邮政编码", "en": "Postcode" }, "presence": "required", "source": "002 §10.2.1(3)" },
              { "code": "basis", "label": { "zhCn": "认证依据（YD/T 2823-2015）", "en": "Certification basis (YD/T 2823-2015)" }, "presence": "required", "source": "002 §10.2.1(4); §2" },
              { "code": "itemCategory", "label": { "zhCn": "通过认证的项目类别", "en": "Certified item category" }, "presence": "required", "source": "002 §10.2.1(5)" },
              { "code": "issueDate", "label": { "zhCn": "颁证日期", "en": "Issue date" }, "presence": "required", "source": "002 §10.2.1(6)" },
              { "code": "reissueDate", "label": { "zhCn": "换证日期", "en": "Reissue date" }, "presence": "conditional", "source": "002 §10.2.1(6); §10.3.4 (when reissued)" },
              { "code": "validityPeriod", "label": { "zhCn": "证书有效期起止年月日", "en": "Validity start and end dates" }, "presence": "required", "source": "002 §10.2.1(6)" },
              { "code": "cbName", "label": { "zhCn": "认证机构名称（与批准书一致）", "en": "Certification body name (as approved)" }, "presence": "required", "source": "002 §10.2.1(7); §10.3.6" },
              { "code": "cbLogo", "label": { "zhCn": "认证机构标志", "en": "Certification body logo" }, "presence": "required", "source": "002 §10.2.1(7)" },
              { "code": "cbSeal", "label": { "zhCn": "认证机构印章", "en": "Certification body seal" }, "presence": "required", "source": "002 §10.2.1(8)" },
              { "code": "signature", "label": { "zhCn": "法定代表人或其授权人的签字", "en": "Signature of the legal representative or authorised person" }, "presence": "required", "source": "002 §10.2.1(8)" },
              { "code": "accreditationMark", "label": { "zhCn": "认可标识及认可注册号", "en": "Accreditation mark and registration number" }, "presence": "conditional", "source": "002 §10.2.1(9) (omitted on certificates issued to apply for accreditation)" },
              { "code": "annex", "label": { "zhCn": "证书附件（类别、过程和场所较多时）", "en": "Annex listing categories, processes and sites" }, "presence": "conditional", "source": "002 §10.2.2" }
            ]
          }
        }
        """;
}
