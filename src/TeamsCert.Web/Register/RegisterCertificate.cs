using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Register;

/// <summary>One certificate with its public status history (000 App. B.3: date, from, to, reason) and verification address.</summary>
public sealed record RegisterCertificate(
    string Number,
    string DisplayNumber,
    string Organization,
    string Scheme,
    string SchemeName,
    string Standard,
    string Scope,
    string? Grade,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string Status,
    string StatusZh,
    string StatusEn,
    IReadOnlyList<RegisterHistoryLine> History,
    Uri VerifyUrl);
