using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>The register export on demo data (seeded through the runtime): a valid .xlsx with one row per certificate.</summary>
public sealed class TabRegisterExportTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    [Fact]
    public async Task RegisterExport_DemoData_OpensWithClosedXmlWithOneRowPerCertificate()
    {
        using var client = _factory.ClientFor("manager@demo.local");
        await SeedAsync();
        using var response = await client.GetAsync(new Uri("/tab/register.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("Register");
        string[] numbers;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>();
            numbers = [.. await db.Register.OrderBy(r => r.Number).Select(r => r.DisplayNumber).ToListAsync()];
        }

        Assert.NotEmpty(numbers);
        Assert.Equal("证书编号 Number", sheet.Cell(1, 1).GetString());
        Assert.Equal(numbers, Enumerable.Range(2, numbers.Length).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.True(sheet.Cell(numbers.Length + 2, 1).IsEmpty());
    }

    private async Task SeedAsync()
    {
        var rules = _factory.Services.GetRequiredService<RulesRuntime>();
        var scopes = _factory.Services.GetRequiredService<IServiceScopeFactory>();
        TeamsCertDbContext NewContext() => scopes.CreateScope().ServiceProvider.GetRequiredService<TeamsCertDbContext>();
        await new DemoSeeder(NewContext, rules, TimeProvider.System).SeedAsync();
    }

    public void Dispose() => _factory.Dispose();
}
