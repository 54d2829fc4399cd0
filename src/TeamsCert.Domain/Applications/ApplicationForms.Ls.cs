namespace TeamsCert.Domain.Applications;

public static partial class ApplicationForms
{
    // 000 附录A 认证申请表: A.1 基本信息, A.2 业务概况, A.3 技术能力现状, A.4 服务能力现状, A.5 绩效指标, A.6 申请声明.
    private static ApplicationFormDefinition Ls() => new("LS", "000 附录A", [
        Basic("basic", new FormField("businessStartedOn", new("信息监测与评价业务开展时间", "Monitoring and evaluation business since"), FormFieldType.Date, Required: true)),
        ScopeAndSize(new("服务范围（申请认证范围）", "Service scope (scope applied for)")),
        new("business", new("业务概况", "Business overview"), [
            Lines("businessScale", "业务规模", "Business scale", required: true),
            Lines("monitoringPlatforms", "监测平台", "Monitored platforms", required: true),
            Lines("monitoringMethods", "监测方式", "Monitoring methods", required: true),
            new("monitoringHours", new("监测时间", "Monitoring hours"), FormFieldType.Text, Required: true),
            new("technicalStaff", new("技术人员数量", "Technical staff"), FormFieldType.WholeNumber, Required: true),
            new("annualMonitoringProjects", new("年监测项目数", "Monitoring projects per year"), FormFieldType.WholeNumber),
            new("annualEvaluationProjects", new("年评价项目数", "Evaluation projects per year"), FormFieldType.WholeNumber),
        ]),
        new("technical", new("技术能力现状", "Technical capability"), [
            .. Current("techArchitecture", "技术体系架构", "Technical architecture"),
            .. Current("techStandards", "技术标准规范", "Technical standards"),
            .. Current("techFacilities", "技术设备设施", "Technical equipment and facilities"),
            .. Current("techStaff", "技术人员能力", "Technical staff competence"),
            .. Current("techInnovation", "技术创新能力", "Innovation capability"),
        ]),
        new("service", new("服务能力现状", "Service capability"), [
            .. Current("serviceQuality", "服务质量", "Service quality"),
            .. Current("serviceEfficiency", "服务效率", "Service efficiency"),
            .. Current("serviceEffect", "服务效果", "Service effectiveness"),
            .. Current("customerSatisfaction", "客户满意度", "Customer satisfaction"),
            .. Current("complaintHandling", "投诉处理率", "Complaint handling rate"),
            .. Current("problemResolution", "问题解决率", "Problem resolution rate"),
        ]),
        new("indicators", new("绩效指标", "Performance indicators"), [
            .. Indicator("infoAccuracy", "信息准确性", "Information accuracy"),
            .. Indicator("infoCompleteness", "信息完整性", "Information completeness"),
            .. Indicator("infoTimeliness", "信息及时性", "Information timeliness"),
            .. Indicator("serviceSecurity", "服务安全性", "Service security"),
            .. Indicator("responseEfficiency", "响应效率", "Response efficiency"),
            .. Indicator("handlingEfficiency", "处理效率", "Handling efficiency"),
            .. Indicator("deliveryEfficiency", "交付效率", "Delivery efficiency"),
            .. Indicator("serviceEfficiencyKpi", "服务效率", "Service efficiency"),
            .. Indicator("customerSatisfactionKpi", "客户满意度", "Customer satisfaction"),
            .. Indicator("evaluationAccuracy", "评价准确性", "Evaluation accuracy"),
            .. Indicator("evaluationValidity", "评价有效性", "Evaluation validity"),
            .. Indicator("serviceInfluence", "服务影响力", "Service influence"),
            .. Indicator("techSystemBuilding", "技术体系建设", "Building the technical system"),
            .. Indicator("techImprovement", "技术能力提升", "Improving technical capability"),
            .. Indicator("techRiskManagement", "技术风险管理", "Technical risk management"),
        ]),
        Declaration("直播电商服务质量信息监测与评价能力|our live-commerce service-quality monitoring and evaluation capability"),
    ]);
}
