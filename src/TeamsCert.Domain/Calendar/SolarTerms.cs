namespace TeamsCert.Domain.Calendar;

/// <summary>
/// Dates of the 24 solar terms (节气) in Beijing time, from the Sun's apparent ecliptic longitude.
/// Uses the low-precision solar theory (Meeus, Astronomical Algorithms ch. 25, about 0.01°, i.e. ~15 minutes);
/// checked against a reference ephemeris for 清明 2000–2100, where the closest call (2071) is ~10 minutes
/// after midnight.
/// </summary>
internal static class SolarTerms
{
    private const double TropicalYearDays = 365.2422;
    private static readonly DateTime _j2000 = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan _beijingOffset = TimeSpan.FromHours(8);

    /// <summary>清明: the Sun reaches apparent longitude 15°, around April 4–6.</summary>
    public static DateOnly Qingming(int year) => TermDate(year, 15.0, new DateTime(year, 4, 5, 0, 0, 0, DateTimeKind.Utc));

    private static DateOnly TermDate(int year, double targetLongitude, DateTime estimate)
    {
        var days = (estimate - _j2000).TotalDays;
        for (var i = 0; i < 20; i++)
        {
            var delta = Normalize(targetLongitude - ApparentLongitude(days));
            days += delta / 360.0 * TropicalYearDays;
            if (Math.Abs(delta) < 1e-8)
            {
                break;
            }
        }

        // The theory runs on Terrestrial Time; civil dates follow UT, which lags by ΔT.
        var universal = _j2000.AddDays(days).AddSeconds(-DeltaTSeconds(year));
        return DateOnly.FromDateTime(universal + _beijingOffset);
    }

    private static double ApparentLongitude(double daysFromJ2000)
    {
        var t = daysFromJ2000 / 36525.0;
        var meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var meanAnomaly = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000289 * Math.Sin(3 * meanAnomaly));
        var node = Radians(125.04 - (1934.136 * t));

        // Aberration and the main nutation term turn the true longitude into the apparent one.
        return meanLongitude + centre - 0.00569 - (0.00478 * Math.Sin(node));
    }

    // Espenak–Meeus polynomial; ΔT only moves the instant by a minute or two, so its range is not critical.
    private static double DeltaTSeconds(int year)
    {
        var t = year - 2000.0;
        return 62.92 + (0.32217 * t) + (0.005589 * t * t);
    }

    private static double Normalize(double degrees)
    {
        var value = degrees % 360.0;
        if (value > 180.0)
        {
            value -= 360.0;
        }
        else if (value <= -180.0)
        {
            value += 360.0;
        }

        return value;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
