namespace TeamsCert.Web.Register;

/// <summary>
/// A certificate as the public register lists it (000 §8.4; 004 §5.10.5): no case id, no people, no internal notes.
/// <c>status</c> is the code (valid, suspended, revoked, cancelled, expired) on today's Shanghai date; the words beside
/// the codes are for people (<c>statusZh</c>/<c>statusEn</c>, <c>schemeNameZh</c>/<c>schemeNameEn</c>, <c>gradeEn</c>).
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
    string StatusEn)
{
    public string SchemeNameZh { get; init; } = SchemeName;

    public string SchemeNameEn { get; init; } = SchemeName;

    public string? GradeZh { get; init; } = Grade;

    public string? GradeEn { get; init; } = Grade;
}
