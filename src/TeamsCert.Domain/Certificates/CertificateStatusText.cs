using TeamsCert.Domain.Texts;

namespace TeamsCert.Domain.Certificates;

/// <summary>
/// The public names of certificate states (§2.9; 000 App. B.3) and the status the public register shows on a date: a
/// certificate whose validity has ended is shown as expired even when nothing recorded that (e.g. a replaced one).
/// </summary>
public static class CertificateStatusText
{
    /// <summary>The stable lower-case code used in the register's JSON (valid, suspended, revoked, cancelled, expired).</summary>
    public static string Code(CertificateState state) => state switch
    {
        CertificateState.Valid => "valid",
        CertificateState.Suspended => "suspended",
        CertificateState.Revoked => "revoked",
        CertificateState.Cancelled => "cancelled",
        CertificateState.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "unknown certificate state"),
    };

    /// <summary>The state's public name (catalogue <c>status.*</c>).</summary>
    public static LocalizedText Name(CertificateState state) =>
        Enum.IsDefined(state) ? Catalogue.Get($"status.{state}") : throw new ArgumentOutOfRangeException(nameof(state), state, "unknown certificate state");

    /// <summary>The state with the code <paramref name="code"/>, or null for an unknown code.</summary>
    public static CertificateState? Parse(string? code) =>
        Enum.GetValues<CertificateState>().Cast<CertificateState?>().FirstOrDefault(s => Code(s!.Value) == code);

    /// <summary>
    /// The state on <paramref name="today"/>: a valid or suspended certificate past its last day of validity has expired;
    /// revoked, cancelled and expired stay as recorded.
    /// </summary>
    public static CertificateState OnDate(CertificateState recorded, DateOnly expiresOn, DateOnly today) =>
        recorded is CertificateState.Valid or CertificateState.Suspended && expiresOn < today ? CertificateState.Expired : recorded;
}
