using Microsoft.EntityFrameworkCore;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>The runtime's tables: cases, steps, the journal, timers, the outbox, idempotency keys, the bot's conversation references, digest dates, stored documents, the applicants' shared links and the public certificate register.</summary>
public sealed class TeamsCertDbContext(DbContextOptions<TeamsCertDbContext> options) : DbContext(options)
{
    public DbSet<CaseRow> Cases => Set<CaseRow>();

    public DbSet<StepRow> Steps => Set<StepRow>();

    public DbSet<JournalRow> Journal => Set<JournalRow>();

    public DbSet<TimerRow> Timers => Set<TimerRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<IdempotencyRow> IdempotencyKeys => Set<IdempotencyRow>();

    public DbSet<ConversationReferenceRow> ConversationReferences => Set<ConversationReferenceRow>();

    public DbSet<DigestSentRow> DigestsSent => Set<DigestSentRow>();

    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
    public DbSet<SharedLinkRow> SharedLinks => Set<SharedLinkRow>();

    public DbSet<PortalDraftRow> PortalDrafts => Set<PortalDraftRow>();

    public DbSet<RegisterRow> Register => Set<RegisterRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseRow>(e =>
        {
            e.ToTable("cases");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => new { c.Scheme, c.Stage });

            // Two certificates of a scheme and year never share a sequence; a racing issue retries with the next one.
            e.HasIndex(c => new { c.Scheme, c.CertificateYear, c.CertificateSequence }).IsUnique();
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId);
        });
        modelBuilder.Entity<StepRow>(e =>
        {
            e.ToTable("steps");
            e.HasKey(s => s.Id);

            // Step ids are made by the domain: a step found new in a case's collection must be inserted, not updated.
            e.Property(s => s.Id).ValueGeneratedNever();
            e.HasIndex(s => new { s.Status, s.DueOn });
            e.HasIndex(s => s.CaseId);
        });
        modelBuilder.Entity<JournalRow>(e =>
        {
            e.ToTable("journal");
            e.HasKey(j => j.Id);
            e.Property(j => j.Id).ValueGeneratedOnAdd();

            // A second writer that raced past the version check still cannot fork the chain.
            e.HasIndex(j => new { j.CaseId, j.Sequence }).IsUnique();
        });
        modelBuilder.Entity<TimerRow>(e =>
        {
            e.ToTable("timers");
            e.HasKey(t => t.Id);
            e.HasIndex(t => new { t.Status, t.FireAtMs });
            e.HasIndex(t => t.StepId);

            // Marking a timer fired or cancelled only succeeds while it is still pending, so two nodes never both fire it.
            e.Property(t => t.Status).IsConcurrencyToken();
        });
        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(o => o.Id);
            e.HasIndex(o => o.IdempotencyKey).IsUnique();
            e.HasIndex(o => new { o.Status, o.NextAttemptMs });
        });
        modelBuilder.Entity<IdempotencyRow>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(i => i.Key);
        });
        modelBuilder.Entity<ConversationReferenceRow>(e =>
        {
            e.ToTable("conversation_references");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.ChannelId, r.UserId, r.ConversationId }).IsUnique();
            e.HasIndex(r => r.AadObjectId);
            e.HasIndex(r => r.ConversationType);
        });
        modelBuilder.Entity<DigestSentRow>(e =>
        {
            e.ToTable("digests_sent");
            e.HasKey(d => d.Scheme);
        });
        modelBuilder.Entity<DocumentRow>(e =>
        {
            e.ToTable("documents");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).ValueGeneratedNever();

            // Two uploads racing for the same version of a document: one wins, the other is refused, none overwrites.
            e.HasIndex(d => new { d.CaseId, d.Purpose, d.FileName, d.Version }).IsUnique();
            e.Property(d => d.Item).HasMaxLength(64);
            e.HasIndex(d => new { d.CaseId, d.Item });
            e.HasOne<CaseRow>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SharedLinkRow>(e =>
        {
            e.ToTable("shared_links");
            e.HasKey(l => l.Id);
            e.Property(l => l.Id).ValueGeneratedNever();
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasIndex(l => l.CaseId);
            e.HasOne<CaseRow>().WithMany().HasForeignKey(l => l.CaseId);
        });
        modelBuilder.Entity<PortalDraftRow>(e =>
        {
            e.ToTable("portal_drafts");
            e.HasKey(d => d.StepId);
            e.Property(d => d.StepId).ValueGeneratedNever();
            e.HasIndex(d => d.CaseId);
            e.HasOne<CaseRow>().WithMany().HasForeignKey(d => d.CaseId);
        });
        modelBuilder.Entity<RegisterRow>(e =>
        {
            e.ToTable("certificate_register");

            // The number is the key: a lookup by number is a unique-index seek, and a number is listed once.
            e.HasKey(r => r.Number);
            e.HasIndex(r => r.CaseId);
            e.HasIndex(r => r.OrganizationSearch);
            e.HasOne<CaseRow>().WithMany().HasForeignKey(r => r.CaseId);
        });
    }
}
