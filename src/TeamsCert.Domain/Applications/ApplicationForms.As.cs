namespace TeamsCert.Domain.Applications;

public static partial class ApplicationForms
{
    // 004 §5.1.2 (necessary information 1–6) and §5.1.3 (what it must establish 1–6).
    private static ApplicationFormDefinition As() => new("AS", "004 §5.1.2–5.1.3", [
        Basic("basic"),
        ScopeAndSize(new("申请认证的范围", "Scope applied for")),
        new("organisation", new("申请组织信息", "About the organisation"), [
            new("legalStatus", new("法人资格证明（工商营业执照、事业单位法人证书或社会团体法人登记证书）", "Proof of legal personality (business licence, public institution or social organisation certificate)"),
                FormFieldType.Text, Required: true),
            Lines("licences", "相关法规规定的行政许可文件（适用时，如化学品销售及售后服务）", "Administrative licences (where applicable, e.g. chemicals sales and after-sales)"),
            Lines("industry", "行业类别和服务要求", "Industry and service requirements", required: true),
            Lines("afterSalesProcesses", "利用商品售后服务为内部或外部顾客的业务过程提供支持的说明", "How after-sales service supports internal or external customers' processes", required: true),
            Lines("locations", "物理场所的地址", "Addresses of the physical sites", required: true),
            Lines("resources", "人力与技术资源", "Human and technical resources", required: true),
            Lines("parentEntity", "在较大实体中的职能和关系（适用时）", "Role within a larger entity (where applicable)"),
            Lines("outsourcedProcesses", "影响符合性的外包过程", "Outsourced processes that affect conformity"),
            Lines("consultancy", "接受与商品售后服务评价体系有关的咨询的情况", "Consultancy received on the after-sales service system"),
        ]),
        new("system", new("评价体系运行情况", "The after-sales service system"), [
            new("systemOperatingSince", new("文件化商品售后服务评价体系开始运行日期", "Documented after-sales service system in operation since"), FormFieldType.Date, Required: true)
            {
                Hint = new("须有效运行 3 个月以上", "It must have run effectively for more than 3 months"),
            },
            new("internalReviewDone", new("已完成内部评价和管理评审", "Internal evaluation and management review completed"), FormFieldType.Consent, Required: true),
        ]),
        Declaration("商品售后服务|our after-sales service"),
    ]);
}
