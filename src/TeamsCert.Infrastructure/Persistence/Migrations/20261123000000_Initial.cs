using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace TeamsCert.Infrastructure.Persistence.Migrations;

/// <summary>
/// The first schema. Written by hand (the EF command-line tool is not available to this project's machines) and kept
/// provider-neutral: column types come from each provider's mapping of the model, so SQLite and PostgreSQL share it.
/// </summary>
[DbContext(typeof(TeamsCertDbContext))]
[Migration("20261123000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("cases", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(nullable: false),
            Scheme = t.Column<string>(nullable: false),
            RuleSetVersion = t.Column<string>(nullable: false),
            Organization = t.Column<string>(nullable: false),
            Personnel = t.Column<int>(nullable: false),
            Sites = t.Column<int>(nullable: false),
            Scope = t.Column<string>(nullable: false),
            ReceivedOn = t.Column<DateOnly>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            Stage = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            PausesJson = t.Column<string>(nullable: false),
            MissingMaterialsJson = t.Column<string>(nullable: false),
            FactsJson = t.Column<string>(nullable: false),
            CertificateNumber = t.Column<string>(nullable: true),
            CertificateYear = t.Column<int>(nullable: true),
            CertificateSequence = t.Column<int>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_cases", c => c.Id));
        migrationBuilder.CreateIndex("IX_cases_Number", "cases", "Number", unique: true);
        migrationBuilder.CreateIndex("IX_cases_Scheme_CertificateYear_CertificateSequence", "cases",
            ["Scheme", "CertificateYear", "CertificateSequence"], unique: true);
        migrationBuilder.CreateIndex("IX_cases_Scheme_Stage", "cases", ["Scheme", "Stage"]);

        migrationBuilder.CreateTable("steps", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            AssigneeId = t.Column<string>(nullable: true),
            OpenedOn = t.Column<DateOnly>(nullable: false),
            DueOn = t.Column<DateOnly>(nullable: true),
            DueRuleId = t.Column<string>(nullable: true),
            DueAnchor = t.Column<DateOnly>(nullable: true),
            DueProvisional = t.Column<bool>(nullable: false),
            Paused = t.Column<bool>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Outcome = t.Column<string>(nullable: true),
            CompletedBy = t.Column<string>(nullable: true),
            CompletedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_steps", s => s.Id);
            t.ForeignKey("FK_steps_cases_CaseId", s => s.CaseId, "cases", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_steps_CaseId", "steps", "CaseId");
        migrationBuilder.CreateIndex("IX_steps_Status_DueOn", "steps", ["Status", "DueOn"]);

        migrationBuilder.CreateTable("journal", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            CaseId = t.Column<Guid>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            Type = t.Column<string>(nullable: false),
            ActorId = t.Column<string>(nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false),
            Reason = t.Column<string>(nullable: true),
            RuleId = t.Column<string>(nullable: true),
            DataJson = t.Column<string>(nullable: false),
            PreviousHash = t.Column<string>(nullable: false),
            Hash = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_journal", j => j.Id));
        migrationBuilder.CreateIndex("IX_journal_CaseId_Sequence", "journal", ["CaseId", "Sequence"], unique: true);

        migrationBuilder.CreateTable("timers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            StepId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            RuleId = t.Column<string>(nullable: true),
            FireAtMs = t.Column<long>(nullable: false),
            Status = t.Column<string>(nullable: false),
            ClaimedBy = t.Column<string>(nullable: true),
            ClaimedUntilMs = t.Column<long>(nullable: true),
            FiredAtMs = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_timers", x => x.Id));
        migrationBuilder.CreateIndex("IX_timers_Status_FireAtMs", "timers", ["Status", "FireAtMs"]);
        migrationBuilder.CreateIndex("IX_timers_StepId", "timers", "StepId");

        migrationBuilder.CreateTable("outbox", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IdempotencyKey = t.Column<string>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Recipient = t.Column<string>(nullable: false),
            DataJson = t.Column<string>(nullable: false),
            CreatedAtMs = t.Column<long>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptMs = t.Column<long>(nullable: false),
            SentAtMs = t.Column<long>(nullable: true),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_outbox", o => o.Id));
        migrationBuilder.CreateIndex("IX_outbox_IdempotencyKey", "outbox", "IdempotencyKey", unique: true);
        migrationBuilder.CreateIndex("IX_outbox_Status_NextAttemptMs", "outbox", ["Status", "NextAttemptMs"]);

        migrationBuilder.CreateTable("idempotency_keys", t => new
        {
            Key = t.Column<string>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            StepId = t.Column<Guid>(nullable: false),
            ActorId = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_idempotency_keys", i => i.Key));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "idempotency_keys", "outbox", "timers", "journal", "steps", "cases" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
