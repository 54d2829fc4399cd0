namespace TeamsCert.UnitTests.Certificates.SchemeData;

// AS `$.certificate`, identical to scratch/AS.certificate.json.
internal static class AsCertificateJson
{
    public const string Text = """
        {
          "certificate": {
            "numbering": {
              "canonicalTemplate": "{cb}{yy}{field}{seq:4}R{cycle}{-site}",
              "displayTemplate": "{cb} {yy} {field} {seq:4} R{cycle}{-site}",
              "cbCode": "307",
              "fieldCodePattern": "^[A-Z0-9]{4}$",
              "canonicalPattern": "^307\\d{2}[A-Z0-9]{4}\\d{4}R\\d+(-\\d+)?$",
              "source": "004 §6.2.2 (A-29: 服务类别 is named but has no place in the format)",
              "voidedSource": "004 §6.2.4",
              "reissueSource": "004 §6.2.3"
            },
            "validityYears": 3,
            "validitySource": "004 §4; §6.1 (initial at most 3 years; recertification ≤ last expiry + 3 years: AS-D06)",
            "transitions": [
              { "from": "valid", "to": "suspended", "triggers": [
                { "code": "persistent-failure", "label": { "zhCn": "评价体系持续或严重不满足认证要求", "en": "Persistent or serious failure to meet certification requirements" }, "source": "004 §5.10.2.1(1)", "deadlineRuleId": "AS-D08" },
                { "code": "contract-obligations-unmet", "label": { "zhCn": "不承担、履行认证合同约定的责任和义务", "en": "Contractual obligations not met" }, "source": "004 §5.10.2.1(2)", "deadlineRuleId": "AS-D08" },
                { "code": "ordered-to-suspend-business", "label": { "zhCn": "被执法监管部门责令停业整顿", "en": "Ordered by a regulator to suspend business" }, "source": "004 §5.10.2.1(3)", "deadlineRuleId": "AS-D08" },
                { "code": "licence-expired-reapplied", "label": { "zhCn": "行政许可、资质或强制性认证证书过期失效，重新申请已受理", "en": "Licence, qualification or CCC certificate expired; re-application accepted" }, "source": "004 §5.10.2.1(4); period per §5.10.2.2 exception (AS-D09)", "deadlineRuleId": "AS-D08" },
                { "code": "voluntary-suspension", "label": { "zhCn": "主动请求暂停", "en": "Holder requests suspension" }, "source": "004 §5.10.2.1(5)", "deadlineRuleId": "AS-D08" },
                { "code": "other-suspension", "label": { "zhCn": "其他应当暂停认证证书的情形", "en": "Other grounds for suspension" }, "source": "004 §5.10.2.1(6)", "deadlineRuleId": "AS-D08" },
                { "code": "surveillance-failed", "label": { "zhCn": "监督评价分数低于总分70%（暂停）", "en": "Surveillance score below 70 % (suspend)" }, "source": "004 §5.7.3" }
              ] },
              { "from": "suspended", "to": "valid", "triggers": [
                { "code": "rectification-verified", "label": { "zhCn": "导致暂停的问题已解决并经验证", "en": "Cause of suspension resolved and verified" }, "source": "004 §5.10.2.2 (suspension is temporary); §5.9.2 (follow-up evaluation)" }
              ] },
              { "from": "valid", "to": "revoked", "triggers": [
                { "code": "legal-entity-cancelled", "label": { "zhCn": "被注销或撤销法律地位证明文件", "en": "Legal-entity document cancelled or revoked" }, "source": "004 §5.10.3.1(1)", "deadlineRuleId": "AS-D10" },
                { "code": "serious-dishonesty-list", "label": { "zhCn": "被列入严重违法失信名单", "en": "Listed as seriously dishonest" }, "source": "004 §5.10.3.1(2)", "deadlineRuleId": "AS-D10" },
                { "code": "obstructs-regulator", "label": { "zhCn": "拒绝配合监督检查或提供虚假材料", "en": "Obstructs regulatory inspection or gives false information" }, "source": "004 §5.10.3.1(3)", "deadlineRuleId": "AS-D10" },
                { "code": "refuses-state-sampling", "label": { "zhCn": "拒绝接受国家监督抽查", "en": "Refuses national supervisory sampling" }, "source": "004 §5.10.3.1(4)", "deadlineRuleId": "AS-D10" },
                { "code": "major-quality-safety-accident", "label": { "zhCn": "出现经确认由获证组织违规造成的重大服务质量安全事故", "en": "Major service quality or safety accident confirmed as the holder's fault" }, "source": "004 §5.10.3.1(5)", "deadlineRuleId": "AS-D10" },
                { "code": "other-serious-violation", "label": { "zhCn": "有其他严重违法违反法律法规行为", "en": "Other serious violation of laws or regulations" }, "source": "004 §5.10.3.1(6)", "deadlineRuleId": "AS-D10" },
                { "code": "system-not-operated", "label": { "zhCn": "没有运行评价体系或已不具备运行条件", "en": "Evaluation system not operated or no longer operable" }, "source": "004 §5.10.3.1(8)", "deadlineRuleId": "AS-D10" },
                { "code": "certification-misuse", "label": { "zhCn": "错误引用和宣传认证信息造成严重影响，或要求纠正超过2个月仍未纠正", "en": "Misuse of certification with serious impact, or uncorrected after 2 months" }, "source": "004 §5.10.3.1(9)", "deadlineRuleId": "AS-D10", "timerRuleId": "AS-D11" },
                { "code": "other-revocation", "label": { "zhCn": "其他应当撤销认证证书的情形", "en": "Other grounds for revocation" }, "source": "004 §5.10.3.1(10)", "deadlineRuleId": "AS-D10" },
                { "code": "surveillance-failed", "label": { "zhCn": "监督评价分数低于总分70%（撤销）", "en": "Surveillance score below 70 % (revoke)" }, "source": "004 §5.7.3" }
              ] },
              { "from": "suspended", "to": "revoked", "triggers": [
                { "code": "suspension-expired", "label": { "zhCn": "暂停期满问题未解决（含许可申请未获批准）", "en": "Suspension period ended unresolved (incl. licence refused)" }, "source": "004 §5.10.3.1(7)", "deadlineRuleId": "AS-D10", "timerRuleId": "AS-D09" },
                { "code": "legal-entity-cancelled", "label": { "zhCn": "被注销或撤销法律地位证明文件", "en": "Legal-entity document cancelled or revoked" }, "source": "004 §5.10.3.1(1)", "deadlineRuleId": "AS-D10" },
                { "code": "serious-dishonesty-list", "label": { "zhCn": "被列入严重违法失信名单", "en": "Listed as seriously dishonest" }, "source": "004 §5.10.3.1(2)", "deadlineRuleId": "AS-D10" },
                { "code": "obstructs-regulator", "label": { "zhCn": "拒绝配合监督检查或提供虚假材料", "en": "Obstructs regulatory inspection or gives false information" }, "source": "004 §5.10.3.1(3)", "deadlineRuleId": "AS-D10" },
                { "code": "refuses-state-sampling", "label": { "zhCn": "拒绝接受国家监督抽查", "en": "Refuses national supervisory sampling" }, "source": "004 §5.10.3.1(4)", "deadlineRuleId": "AS-D10" },
                { "code": "major-quality-safety-accident", "label": { "zhCn": "出现经确认由获证组织违规造成的重大服务质量安全事故", "en": "Major service quality or safety accident confirmed as the holder's fault" }, "source": "004 §5.10.3.1(5)", "deadlineRuleId": "AS-D10" },
                { "code": "other-serious-violation", "label": { "zhCn": "有其他严重违法违反法律法规行为", "en": "Other serious violation of laws or regulations" }, "source": "004 §5.10.3.1(6)", "deadlineRuleId": "AS-D10" },
                { "code": "system-not-operated", "label": { "zhCn": "没有运行评价体系或已不具备运行条件", "en": "Evaluation system not operated or no longer operable" }, "source": "004 §5.10.3.1(8)", "deadlineRuleId": "AS-D10" },
                { "code": "certification-misuse", "label": { "zhCn": "错误引用和宣传认证信息造成严重影响，或要求纠正超过2个月仍未纠正", "en": "Misuse of certification with serious impact, or uncorrected after 2 months" }, "source": "004 §5.10.3.1(9)", "deadlineRuleId": "AS-D10", "timerRuleId": "AS-D11" },
                { "code": "other-revocation", "label": { "zhCn": "其他应当撤销认证证书的情形", "en": "Other grounds for revocation" }, "source": "004 §5.10.3.1(10)", "deadlineRuleId": "AS-D10" }
              ] },
              { "from": "valid", "to": "cancelled", "triggers": [
                { "code": "holder-request", "label": { "zhCn": "获证组织申请注销认证证书", "en": "Holder requests cancellation" }, "source": "004 §5.10.4.1(1)" },
                { "code": "replaced-by-new-certificate", "label": { "zhCn": "因换发新证书而注销旧证书", "en": "Replaced by a new certificate" }, "source": "004 §5.10.4.1(3)" },
                { "code": "other-cancellation", "label": { "zhCn": "其他原因需要注销认证证书", "en": "Other grounds for cancellation" }, "source": "004 §5.10.4.1(4)" },
                { "code": "surveillance-failed", "label": { "zhCn": "监督评价分数低于总分70%（注销）", "en": "Surveillance score below 70 % (cancel)" }, "source": "004 §5.7.3" }
              ] },
              { "from": "suspended", "to": "cancelled", "triggers": [
                { "code": "holder-request", "label": { "zhCn": "暂停期间获证组织申请注销", "en": "Holder requests cancellation while suspended" }, "source": "004 §5.10.4.1(1) (state not restricted); A-31", "flag": "A-31" },
                { "code": "other-cancellation", "label": { "zhCn": "其他原因需要注销认证证书", "en": "Other grounds for cancellation" }, "source": "004 §5.10.4.1(4) (state not restricted)" }
              ] },
              { "from": "valid", "to": "expired", "triggers": [
                { "code": "validity-ended", "label": { "zhCn": "证书有效期届满", "en": "Validity period ended" }, "source": "004 §4; §6.1", "timerRuleId": "AS-D06" }
              ] },
              { "from": "suspended", "to": "expired", "triggers": [
                { "code": "validity-ended", "label": { "zhCn": "暂停期间证书有效期届满", "en": "Validity ended while suspended" }, "source": "004 §6.1 (validity is not extended by a suspension)", "timerRuleId": "AS-D06" }
              ] },
              { "from": "expired", "to": "cancelled", "triggers": [
                { "code": "expired-not-renewed", "label": { "zhCn": "认证证书有效期届满，未申请延续使用", "en": "Validity ended and no renewal was applied for" }, "source": "004 §5.10.4.1(2)" }
              ] }
            ],
            "stateEffects": [
              { "state": "valid", "certificateUsable": true, "markUseAllowed": true, "numberVoided": false, "publicationRequired": true, "source": "004 §5.10.2.3 (a published suspension notice is withdrawn on restoration); §7" },
              { "state": "suspended", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "publicationRuleId": "AS-D12", "source": "004 §5.10.2.3; §6.3" },
              { "state": "revoked", "certificateUsable": false, "markUseAllowed": false, "numberVoided": true, "publicationRequired": true, "publicationRuleId": "AS-D12", "source": "004 §5.10.3.2, §5.10.5; §6.2.4; §6.3" },
              { "state": "cancelled", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": true, "publicationRuleId": "AS-D12", "source": "004 §5.10.4.2, §5.10.5" },
              { "state": "expired", "certificateUsable": false, "markUseAllowed": false, "numberVoided": false, "publicationRequired": false, "source": "004 §6.1; published when cancelled under §5.10.4.1(2), §5.10.4.2" }
            ],
            "contents": [
              { "code": "title", "label": { "zhCn": "认证证书名称：服务认证证书", "en": "Certificate title: service certification certificate" }, "presence": "required", "source": "004 §6.1(1)" },
              { "code": "number", "label": { "zhCn": "证书编号（符合6.2）", "en": "Certificate number (per §6.2)" }, "presence": "required", "source": "004 §6.1(2); §6.2" },
              { "code": "holderName", "label": { "zhCn": "获证组织名称", "en": "Holder name" }, "presence": "required", "source": "004 §6.1(3)" },
              { "code": "registeredAddress", "label": { "zhCn": "注册地址", "en": "Registered address" }, "presence": "required", "source": "004 §6.1(3)" },
              { "code": "operatingAddress", "label": { "zhCn": "经营地址", "en": "Operating address" }, "presence": "required", "source": "004 §6.1(3)" },
              { "code": "postcode", "label": { "zhCn": "邮政编码", "en": "Postcode" }, "presence": "required", "source": "004 §6.1(3)" },
              { "code": "basis", "label": { "zhCn": "认证依据（GB/T 27922-2011 及本规则）", "en": "Certification basis (GB/T 27922-2011 and this rule)" }, "presence": "required", "source": "004 §6.1(4); §2" },
              { "code": "serviceCategory", "label": { "zhCn": "通过认证的服务类别", "en": "Certified service category" }, "presence": "required", "source": "004 §6.1(5)" },
              { "code": "issueDate", "label": { "zhCn": "颁证日期", "en": "Issue date" }, "presence": "required", "source": "004 §6.1(6)" },
              { "code": "reissueDate", "label": { "zhCn": "换证日期", "en": "Reissue date" }, "presence": "conditional", "source": "004 §6.1(6); §6.2.3 (when reissued)" },
              { "code": "validityPeriod", "label": { "zhCn": "证书有效期起止年月日", "en": "Validity start and end dates" }, "presence": "required", "source": "004 §6.1(6)" },
              { "code": "cbName", "label": { "zhCn": "认证机构名称（与批准书一致）", "en": "Certification body name (as approved)" }, "presence": "required", "source": "004 §6.1(7); §6.2.5" },
              { "code": "cbLogo", "label": { "zhCn": "认证机构标志", "en": "Certification body logo" }, "presence": "required", "source": "004 §6.1(7)" },
              { "code": "cbSeal", "label": { "zhCn": "认证机构印章", "en": "Certification body seal" }, "presence": "required", "source": "004 §6.1(8)" },
              { "code": "signature", "label": { "zhCn": "法定代表人或其授权人的签字", "en": "Signature of the legal representative or authorised person" }, "presence": "required", "source": "004 §6.1(8)" },
              { "code": "accreditationMark", "label": { "zhCn": "认可标识及认可注册号", "en": "Accreditation mark and registration number" }, "presence": "conditional", "source": "004 §6.1(9) (omitted on certificates issued to apply for accreditation)" },
              { "code": "annex", "label": { "zhCn": "证书附件（服务类别和场所较多时）", "en": "Annex listing service categories and sites" }, "presence": "conditional", "source": "004 §6.1(10)" }
            ]
          }
        }
        """;
}
