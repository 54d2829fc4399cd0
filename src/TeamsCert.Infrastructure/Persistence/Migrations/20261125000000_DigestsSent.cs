using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>The daily digest's last-sent day per scheme (issue 4). Hand-written and provider-neutral like <see cref="Initial"/>.</summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261125000000_DigestsSent")]
public sealed class DigestsSent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable("digests_sent", t => new
        {
            Scheme = t.Column<string>(nullable: false),
            SentOn = t.Column<DateOnly>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_digests_sent", d => d.Scheme));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("digests_sent");
}
