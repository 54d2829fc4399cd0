namespace TeamsCert.Web.Register;

/// <summary>
/// A certificate as the public register lists it (000 §8.4; 004 §5.10.5): no case id, no people, no internal notes.
/// <c>status</c> is the code (valid, suspended, revoked, cancelled, expired) on today's Shanghai date.
/// </summary>
public sealed record RegisterEntry(
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
    string StatusEn);
