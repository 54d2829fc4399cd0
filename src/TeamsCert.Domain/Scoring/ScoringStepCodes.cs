namespace TeamsCert.Domain.Scoring;

/// <summary>Stable codes of <see cref="ScoringStep.Step"/> across the three scoring models.</summary>
public static class ScoringStepCodes
{
    public const string Weighted = "weighted";
    public const string GroupPart = "groupPart";
    public const string Lift = "lift";
    public const string LiftPart = "liftPart";
    public const string Composite = "composite";
    public const string Minimum = "minimum";
    public const string MinimaSummary = "minimaSummary";
    public const string Pass = "pass";
    public const string Level = "level";
    public const string Grade = "grade";
    public const string Exclusions = "exclusions";
    public const string Indicator = "indicator";
    public const string Actual = "actual";
    public const string Normalise = "normalise";
    public const string SpecialDeductions = "specialDeductions";
    public const string Bonus = "bonus";
    public const string Bounds = "bounds";
    public const string Rounding = "rounding";
    public const string PassMark = "passMark";
    public const string SpecialDeductionCount = "specialDeductionCount";
}
