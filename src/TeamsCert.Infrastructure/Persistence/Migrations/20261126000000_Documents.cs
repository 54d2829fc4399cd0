using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>Stored case documents and their versions (issue 5). Hand-written and provider-neutral like <see cref="Initial"/>.</summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261126000000_Documents")]
public sealed class Documents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("documents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            StepId = t.Column<Guid>(nullable: true),
            Purpose = t.Column<string>(nullable: false),
            FileName = t.Column<string>(nullable: false),
            ContentType = t.Column<string>(nullable: false),
            Size = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            StorageProvider = t.Column<string>(nullable: false),
            StorageKey = t.Column<string>(nullable: false),
            UploaderId = t.Column<string>(nullable: false),
            UploadedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_documents", d => d.Id);
            t.ForeignKey("FK_documents_cases_CaseId", d => d.CaseId, "cases", "Id", onDelete: ReferentialAction.Restrict);
        });
        migrationBuilder.CreateIndex("IX_documents_CaseId_Purpose_FileName_Version", "documents",
            ["CaseId", "Purpose", "FileName", "Version"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("documents");
}
