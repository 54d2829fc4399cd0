using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>
/// The organisation's 统一社会信用代码 on the case (nullable: applications before it was asked for have none), indexed
/// for lookups by organisation. Hand-written and provider-neutral like <see cref="Initial"/>.
/// </summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261124120000_OrganizationCode")]
public sealed class OrganizationCode : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("OrganizationCode", "cases", nullable: true);
        migrationBuilder.CreateIndex("IX_cases_OrganizationCode", "cases", "OrganizationCode");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_cases_OrganizationCode", "cases");
        migrationBuilder.DropColumn("OrganizationCode", "cases");
    }
}
