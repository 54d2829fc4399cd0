namespace TeamsCert.IntegrationTests.Security;

/// <summary>The attempts on opening a case: (what, the JSON body, the field the 400 must name).</summary>
public static class CaseAttempts
{
    public static TheoryData<string, string, string> OpenCase => new()
    {
        { "NUL in the organisation", """{"scheme":"TEL","organization":"北京示例\u0000\u0000公司","personnel":120,"sites":2,"scope":"呼叫中心客户服务"}""", "organization" },
        { "RTL override in the organisation", """{"scheme":"TEL","organization":"北京示例\u202E司公限有","personnel":120,"sites":2,"scope":"呼叫中心客户服务"}""", "organization" },
        { "zero-width space in the scope", """{"scheme":"TEL","organization":"北京示例公司","personnel":120,"sites":2,"scope":"呼叫\u200B中心客户服务"}""", "scope" },
        { "personnel 2147483647", """{"scheme":"TEL","organization":"北京示例公司","personnel":2147483647,"sites":2,"scope":"呼叫中心客户服务"}""", "personnel" },
        { "sites 2147483647", """{"scheme":"TEL","organization":"北京示例公司","personnel":120,"sites":2147483647,"scope":"呼叫中心客户服务"}""", "sites" },
        { "1 MB organisation name", $$"""{"scheme":"TEL","organization":"{{new string('企', 1_000_000)}}","personnel":120,"sites":2,"scope":"呼叫中心客户服务"}""", "organization" },
    };
}
