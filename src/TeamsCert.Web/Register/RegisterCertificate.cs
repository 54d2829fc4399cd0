namespace TeamsCert.Web.Register;

/// <summary>
/// One certificate with its public status history (000 App. B.3: date, from, to, reason) and verification address.
/// While suspended, <c>suspendedFrom</c> and <c>suspendedUntil</c> give the period (the end the rules give: TEL-D07,
/// AS-D09, A-11; null when the rules set none).
/// </summary>
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
    IReadOnlyList<RegisterHistoryItem> History,
    Uri VerifyUrl)
{
    public string SchemeNameZh { get; init; } = SchemeName;

    public string SchemeNameEn { get; init; } = SchemeName;

    public string? GradeZh { get; init; } = Grade;

    public string? GradeEn { get; init; } = Grade;

    public DateOnly? SuspendedFrom { get; init; }

    public DateOnly? SuspendedUntil { get; init; }
}

/// <summary>
/// One line of the public status log: the stored codes (<c>from</c>, <c>to</c>, <c>reason</c>) for machines and the
/// reason in words (<c>reasonZh</c>, <c>reasonEn</c>: the scheme's label of the trigger, never the code) for people.
/// </summary>
public sealed record RegisterHistoryItem(string Date, string? From, string To, string Reason, string? Until, string ReasonZh, string ReasonEn);
