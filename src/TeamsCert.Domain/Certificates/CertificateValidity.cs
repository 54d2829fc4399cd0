namespace TeamsCert.Domain.Certificates;

/// <summary>Certificate validity arithmetic (TEL-D06, AS-D06, A-10).</summary>
public static class CertificateValidity
{
    /// <summary>TEL 002 §10.1 and AS 004 §4; LS/CC9 state none, A-10 defaults to the same 3 years.</summary>
    public const int DefaultValidityYears = 3;

    /// <summary>
    /// Last day of validity: start + N years − 1 day (004 §6.1(6): 2017-05-01 → 2020-04-30; 002 §10.2.1(6) alike).
    /// A 29 February start has its anniversary on 1 March in a common year, so validity ends on 28 February.
    /// </summary>
    public static DateOnly Expires(DateOnly issued, int validityYears = DefaultValidityYears)
    {
        if (validityYears < 1)
        {
            throw new InvalidInputException("validityYears", "Validity must be at least one year.");
        }

        var year = issued.Year + validityYears;
        var anniversary = issued is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : issued.AddYears(validityYears);
        return anniversary.AddDays(-1);
    }

    /// <summary>AS-D06 (004 §6.1): a recertified certificate ends no later than the last valid expiry + 3 years.</summary>
    public static DateOnly LatestRecertificationExpiry(DateOnly lastValidExpiry) => lastValidExpiry.AddYears(DefaultValidityYears);

    /// <summary>Returns the AS-D06 violation, or null when <paramref name="proposedExpiry"/> is allowed.</summary>
    public static RuleViolationException? CheckRecertificationExpiry(DateOnly lastValidExpiry, DateOnly proposedExpiry)
    {
        var latest = LatestRecertificationExpiry(lastValidExpiry);
        return proposedExpiry <= latest
            ? null
            : new RuleViolationException("AS-D06",
                $"再认证证书有效期不超过最近一次有效证书截止期再加3年（{latest:yyyy-MM-dd}）（004 §6.1）/ "
                + $"A recertified certificate may not run past {latest:yyyy-MM-dd}, the last valid expiry + 3 years (004 §6.1).",
                "expires");
    }

    /// <summary>Throws the AS-D06 violation when <paramref name="proposedExpiry"/> is too late.</summary>
    public static void EnsureRecertificationExpiry(DateOnly lastValidExpiry, DateOnly proposedExpiry)
    {
        if (CheckRecertificationExpiry(lastValidExpiry, proposedExpiry) is { } violation)
        {
            throw violation;
        }
    }
}
