using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>
/// The checklist item a document answers (a material code of the scheme, or a finding), nullable: staff uploads and
/// documents stored before it was asked for have none. Hand-written and provider-neutral like <see cref="Initial"/>.
/// </summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261126200000_DocumentItems")]
public sealed class DocumentItems : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Item", "documents", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_documents_CaseId_Item", "documents", ["CaseId", "Item"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_documents_CaseId_Item", "documents");
        migrationBuilder.DropColumn("Item", "documents");
    }
}
