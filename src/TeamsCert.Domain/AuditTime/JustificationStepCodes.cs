namespace TeamsCert.Domain.AuditTime;

/// <summary>Stable codes of <see cref="JustificationStep.Step"/>, in the order they can appear.</summary>
public static class JustificationStepCodes
{
    public const string Input = "input";
    public const string TableRow = "tableRow";
    public const string Fraction = "fraction";
    public const string Floor = "floor";
    public const string Rounding = "rounding";
    public const string RoundedBelowFraction = "roundedBelowFraction";
    public const string OnSiteMinimum = "onSiteMinimum";
    public const string MysteryShopping = "mysteryShopping";
    public const string ServiceCharacteristic = "serviceCharacteristic";
    public const string Total = "total";
    public const string FixedDays = "fixedDays";
    public const string DayBasis = "dayBasis";
}
