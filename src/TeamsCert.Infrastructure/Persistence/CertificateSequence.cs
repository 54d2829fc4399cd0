using TeamsCert.Domain.Certificates;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// The next certificate sequence of a scheme and year: one more than the highest stored. The unique index on
/// (scheme, year, sequence) turns a race into a concurrency conflict, and the action retries with a fresh number.
/// </summary>
public sealed class CertificateSequence(TeamsCertDbContext db) : ICertificateSequence
{
    public int Take(string scheme, int year) =>
        (db.Cases.Where(c => c.Scheme == scheme && c.CertificateYear == year).Max(c => c.CertificateSequence) ?? 0) + 1;
}
