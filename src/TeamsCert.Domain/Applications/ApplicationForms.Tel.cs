namespace TeamsCert.Domain.Applications;

public static partial class ApplicationForms
{
    // 002 §9.1.1: 1) 认证申请书 a–d and 2) 信息收集表 (资源管理, 过程管理, 风险管理).
    private static ApplicationFormDefinition Tel() => new("TEL", "002 §9.1.1", [
        Basic("basic"),
        ScopeAndSize(new("服务认证范围", "Scope of the service certification")),
        new("enterprise", new("企业基本信息", "About the enterprise"), [
            Lines("businessActivities", "业务活动", "Business activities", required: true),
            Lines("organisationStructure", "组织架构", "Organisation structure", required: true),
            Lines("locations", "物理位置（各场所地址）", "Physical locations (address of each site)", required: true),
            new("legalStatus", new("法律地位资格证明（营业执照、事业单位法人证书或社会团体法人登记证书）", "Proof of legal status (business licence, public institution or social organisation certificate)"),
                FormFieldType.Text, Required: true),
            new("documentsOperatingSince", new("服务认证文件依据标准要求运行的起始日期", "Service-certification documents in use since"), FormFieldType.Date, Required: true),
            Lines("licences", "相关法规规定的行政许可文件（适用时）", "Administrative licences required by law (where applicable)"),
        ]),
        new("information", new("信息收集表", "Information-collection form"), [
            Lines("resourceManagement", "组织的资源管理", "Resource management", required: true),
            Lines("processManagement", "组织的过程管理", "Process management", required: true),
            Lines("riskManagement", "组织的风险管理", "Risk management", required: true),
        ]),
        Declaration("电信服务质量|our telecommunications service quality"),
    ]);
}
