namespace TeamsCert.Domain.Applications;

public static partial class ApplicationForms
{
    // 003 附录A 认证申请表: A.1 基本信息, A.2 运营概况, A.3 管理能力现状, A.4 服务能力现状, A.5 绩效指标, A.6 申请声明.
    private static ApplicationFormDefinition Cc9() => new("CC9", "003 附录A", [
        Basic("basic",
            new FormField("callCentreName", new("呼叫中心名称", "Call centre name"), FormFieldType.Text, Required: true),
            new FormField("callCentreFoundedOn", new("呼叫中心成立时间", "Call centre founded on"), FormFieldType.Date, Required: true)),
        ScopeAndSize(new("服务范围（申请认证范围）", "Service scope (scope applied for)")),
        new("operations", new("运营概况", "Operations overview"), [
            Lines("operationScale", "运营规模", "Scale of operations", required: true),
            Lines("serviceChannels", "服务渠道", "Service channels", required: true),
            new("serviceHours", new("服务时间", "Service hours"), FormFieldType.Text, Required: true),
            Lines("systemConfiguration", "系统配置", "System configuration", required: true),
        ]),
        new("management", new("管理能力现状", "Management capability"), [
            .. Current("managementSystem", "管理体系", "Management system"),
            .. Current("strategy", "战略规划", "Strategic planning"),
            .. Current("processManagement", "过程管理", "Process management"),
            .. Current("peopleManagement", "人员管理", "People management"),
            .. Current("systemManagement", "系统管理", "System management"),
        ]),
        new("service", new("服务能力现状", "Service capability"), [
            .. Current("serviceQuality", "服务质量", "Service quality"),
            .. Current("serviceEfficiency", "服务效率", "Service efficiency"),
            .. Current("serviceEffect", "服务效果", "Service effectiveness"),
            .. Current("customerSatisfaction", "客户满意度", "Customer satisfaction"),
            .. Current("employeeSatisfaction", "员工满意度", "Employee satisfaction"),
        ]),
        new("indicators", new("绩效指标", "Performance indicators"), [
            .. Indicator("serviceConformity", "服务规范性", "Service conformity"),
            .. Indicator("serviceProfessionalism", "服务专业性", "Professionalism"),
            .. Indicator("serviceTimeliness", "服务及时性", "Timeliness"),
            .. Indicator("serviceAccuracy", "服务准确性", "Accuracy"),
            .. Indicator("serviceCompleteness", "服务完整性", "Completeness"),
            .. Indicator("answerRate", "呼叫接通率", "Call answer rate"),
            .. Indicator("averageHandlingTime", "平均处理时长", "Average handling time"),
            .. Indicator("concurrency", "并发处理能力", "Concurrent handling capacity"),
            .. Indicator("resourceUtilisation", "资源利用率", "Resource utilisation"),
            .. Indicator("serviceSaturation", "服务饱和度", "Service saturation"),
            .. Indicator("customerSatisfactionKpi", "客户满意度", "Customer satisfaction"),
            .. Indicator("problemResolution", "问题解决率", "Problem resolution rate"),
            .. Indicator("customerRetention", "客户保留率", "Customer retention"),
            .. Indicator("customerReferral", "客户推荐率", "Customer referral rate"),
            .. Indicator("conversion", "业务转化率", "Business conversion rate"),
        ]),
        Declaration("呼叫中心运营管理能力|our call centre's operations management"),
    ]);
}
