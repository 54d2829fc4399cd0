using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>
/// The public certificate register (issue 6). Hand-written and provider-neutral like <see cref="Initial"/>; rows of cases
/// saved before it existed are filled by <see cref="RegisterBackfill"/> at start.
/// </summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261127000000_CertificateRegister")]
public sealed class CertificateRegister : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("certificate_register", t => new
        {
            Number = t.Column<string>(nullable: false),
            DisplayNumber = t.Column<string>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            Scheme = t.Column<string>(nullable: false),
            SchemeName = t.Column<string>(nullable: false),
            Standard = t.Column<string>(nullable: false),
            Organization = t.Column<string>(nullable: false),
            OrganizationSearch = t.Column<string>(nullable: false),
            Scope = t.Column<string>(nullable: false),
            Grade = t.Column<string>(nullable: true),
            IssuedOn = t.Column<DateOnly>(nullable: false),
            ValidFrom = t.Column<DateOnly>(nullable: true),
            ExpiresOn = t.Column<DateOnly>(nullable: false),
            Status = t.Column<string>(nullable: false),
            HistoryJson = t.Column<string>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_certificate_register", r => r.Number);
            t.ForeignKey("FK_certificate_register_cases_CaseId", r => r.CaseId, "cases", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_certificate_register_CaseId", "certificate_register", "CaseId");
        migrationBuilder.CreateIndex("IX_certificate_register_OrganizationSearch", "certificate_register", "OrganizationSearch");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("certificate_register");
}
