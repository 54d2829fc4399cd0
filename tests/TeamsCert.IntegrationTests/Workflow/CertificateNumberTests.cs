using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Certificate numbers take the next sequence of their scheme and year from the stored cases (002 §10.3; 004 §6.2.2).</summary>
public abstract class CertificateNumberTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Issue_TwoTelCasesSameYear_SequencesFollowAndColumnsAreQueryable()
    {
        var first = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));
        var second = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

        await first.TelToCertificateAsync();
        await second.TelToCertificateAsync();

        Assert.Equal("CMM-TEL-2025-0001", first.Case.Facts.Certificate!.Number);
        Assert.Equal("CMM-TEL-2025-0002", second.Case.Facts.Certificate!.Number);
        await using var db = database.NewContext();
        var stored = await db.Cases.Where(c => c.CertificateNumber != null).OrderBy(c => c.CertificateSequence)
            .Select(c => new { c.CertificateNumber, c.CertificateYear, c.CertificateSequence }).ToListAsync();
        Assert.Equal([("CMM-TEL-2025-0001", 2025, 1), ("CMM-TEL-2025-0002", 2025, 2)],
            stored.Select(s => (s.CertificateNumber!, s.CertificateYear!.Value, s.CertificateSequence!.Value)));
    }
}
