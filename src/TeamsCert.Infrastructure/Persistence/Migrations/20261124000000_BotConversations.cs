using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>
/// The bot's conversation references (issue 4). Hand-written and provider-neutral like <see cref="Initial"/>: column
/// types come from each provider's mapping, so SQLite and PostgreSQL share it.
/// </summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261124000000_BotConversations")]
public sealed class BotConversations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("conversation_references", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<string>(nullable: false),
            AadObjectId = t.Column<string>(nullable: true),
            UserName = t.Column<string>(nullable: true),
            UserPrincipalName = t.Column<string>(nullable: true),
            ChannelId = t.Column<string>(nullable: false),
            ConversationId = t.Column<string>(nullable: false),
            ConversationType = t.Column<string>(nullable: true),
            ServiceUrl = t.Column<string>(nullable: false),
            TenantId = t.Column<string>(nullable: true),
            BotId = t.Column<string>(nullable: true),
            BotName = t.Column<string>(nullable: true),
            Locale = t.Column<string>(nullable: true),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_conversation_references", r => r.Id));
        migrationBuilder.CreateIndex("IX_conversation_references_ChannelId_UserId_ConversationId", "conversation_references",
            ["ChannelId", "UserId", "ConversationId"], unique: true);
        migrationBuilder.CreateIndex("IX_conversation_references_AadObjectId", "conversation_references", "AadObjectId");
        migrationBuilder.CreateIndex("IX_conversation_references_ConversationType", "conversation_references", "ConversationType");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("conversation_references");
}
