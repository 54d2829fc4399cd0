namespace TeamsCert.Domain.Scoring;

/// <summary>
/// when special deductions (−1 each) and the bonus (+1) apply relative to normalisation (附件一 2.3(5)).
/// Both orders then cap at the cap and floor at 0. Default <see cref="NormaliseThenAdjust"/>.
/// </summary>
public enum AdjustmentOrder
{
    /// <summary>actual / applicable × 100, then − special + bonus.</summary>
    NormaliseThenAdjust = 0,

    /// <summary>(actual − special + bonus) / applicable × 100.</summary>
    AdjustThenNormalise = 1,
}
