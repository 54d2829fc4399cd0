using ClosedXML.Excel;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Web.Identity;
using TeamsCert.Web.Tab.Access;
using TeamsCert.Web.Tab.Views;

namespace TeamsCert.Web.Tab.Export;

/// <summary><c>GET /tab/register.xlsx</c>: the filtered register as one Excel sheet (header row zh-CN / en, one row per certificate).</summary>
public static class RegisterExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headers =
    [
        "证书编号 Number", "组织 Organization", "认证项目 Scheme", "范围 Scope", "等级 Grade", "发证日期 Issued", "有效期至 Expires",
        "状态 Status", "下次监督 Next surveillance", "规则 Rule",
    ];

    public static void MapRegisterExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/tab/register.xlsx", ExportAsync).RequireAuthorization(TabPolicies.Managers).ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(HttpContext http, TabRegisterQueries queries, string? scheme, string? status, string? q, CancellationToken ct)
    {
        var rows = await queries.ListAsync(scheme, status, q, http.User.ToActor(), "tab.register.xlsx", ct);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Register");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            sheet.Cell(r, 1).Value = row.DisplayNumber;
            sheet.Cell(r, 2).Value = row.Organization;
            sheet.Cell(r, 3).Value = row.Scheme;
            sheet.Cell(r, 4).Value = row.Scope;
            sheet.Cell(r, 5).Value = row.Grade is { } grade ? (grade.ZhCn == grade.En ? grade.ZhCn : $"{grade.ZhCn} {grade.En}") : "";
            sheet.Cell(r, 6).Value = row.IssuedOn.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(r, 7).Value = row.ExpiresOn.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(r, 8).Value = $"{row.StatusZh} {row.StatusEn}";
            if (row.SurveillanceDue is { } due)
            {
                sheet.Cell(r, 9).Value = due.ToDateTime(TimeOnly.MinValue);
            }

            sheet.Cell(r, 10).Value = row.SurveillanceRuleId ?? "";
            r++;
        }

        sheet.Columns(6, 7).Style.DateFormat.Format = "yyyy-mm-dd";
        sheet.Column(9).Style.DateFormat.Format = "yyyy-mm-dd";
        sheet.Columns().Width = 22; // AdjustToContents needs system fonts; fixed widths read well enough.
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        http.Response.Headers.ContentDisposition = ContentDispositions.Attachment("register.xlsx");
        return Results.File(stream.ToArray(), ContentType);
    }
}
