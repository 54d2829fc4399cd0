using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>
/// Issue 13, portal: the applicant's saved drafts (one per step) and the removal of an uploaded file before submitting
/// (<c>documents.WithdrawnAt</c>/<c>WithdrawnBy</c>, nullable). Hand-written and provider-neutral like <see cref="Initial"/>.
/// </summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261203000000_PortalDrafts")]
public sealed class PortalDrafts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("portal_drafts", t => new
        {
            StepId = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            ValuesJson = t.Column<string>(nullable: false),
            SavedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_portal_drafts", d => d.StepId);
            t.ForeignKey("FK_portal_drafts_cases_CaseId", d => d.CaseId, "cases", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_portal_drafts_CaseId", "portal_drafts", "CaseId");
        migrationBuilder.AddColumn<DateTimeOffset>("WithdrawnAt", "documents", nullable: true);
        migrationBuilder.AddColumn<string>("WithdrawnBy", "documents", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("WithdrawnBy", "documents");
        migrationBuilder.DropColumn("WithdrawnAt", "documents");
        migrationBuilder.DropTable("portal_drafts");
    }
}
