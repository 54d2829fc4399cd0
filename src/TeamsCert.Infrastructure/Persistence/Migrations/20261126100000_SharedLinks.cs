using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>The applicant's shared links (issue 5). Hand-written and provider-neutral like <see cref="Initial"/>.</summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261126100000_SharedLinks")]
public sealed class SharedLinks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("shared_links", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            Purpose = t.Column<string>(nullable: false),
            StepId = t.Column<Guid>(nullable: true),
            TokenHash = t.Column<string>(nullable: false),
            CreatedBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = t.Column<DateTimeOffset>(nullable: false),
            RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            RevokedBy = t.Column<string>(nullable: true),
            CompletedAt = t.Column<DateTimeOffset>(nullable: true),
            LastUsedAt = t.Column<DateTimeOffset>(nullable: true),
            UseCount = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_shared_links", l => l.Id);
            t.ForeignKey("FK_shared_links_cases_CaseId", l => l.CaseId, "cases", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_shared_links_TokenHash", "shared_links", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_shared_links_CaseId", "shared_links", "CaseId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("shared_links");
}
