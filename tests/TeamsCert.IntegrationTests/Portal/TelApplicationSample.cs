namespace TeamsCert.IntegrationTests.Portal;

/// <summary>A complete, valid TEL application form (002 §9.1.1) as the portal's page posts it; shared with the browser tests.</summary>
internal static class TelApplicationSample
{
    public static Dictionary<string, string> Form() => new(StringComparer.Ordinal)
    {
        ["organization"] = "北京示例呼叫中心有限公司",
        ["organizationCode"] = "91350100M000100Y43",
        ["address"] = "北京市海淀区示例路 1 号",
        ["legalRepresentative"] = "张三",
        ["contactName"] = "李四",
        ["contactPhone"] = "010-12345678",
        ["contactEmail"] = "lisi@example.com",
        ["foundedOn"] = "2010-05-01",
        ["scope"] = "呼叫中心客户服务",
        ["personnel"] = "120",
        ["sites"] = "2",
        ["businessActivities"] = "固定电话和移动通信客户服务",
        ["organisationStructure"] = "总部、两个呼叫中心",
        ["locations"] = "北京市海淀区；天津市滨海新区",
        ["legalStatus"] = "营业执照",
        ["documentsOperatingSince"] = "2024-01-01",
        ["resourceManagement"] = "座席 300 个",
        ["processManagement"] = "ISO 9001 过程",
        ["riskManagement"] = "年度风险评估",
        ["declaration"] = "true",
    };
}
