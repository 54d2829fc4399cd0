namespace TeamsCert.Domain.Scoring;

/// <summary>How failed items reduce a GB/T 27922 indicator (004 附件一 4, 评分要求 column).</summary>
public enum DeductionRule
{
    /// <summary>"任何 1 项不符合得 0 分": any failed item loses the whole indicator.</summary>
    AnyFailZero,

    /// <summary>"每项 X 分": each failed item loses perItem points.</summary>
    PerItem,

    /// <summary>"每项 X 分，扣完为止": as <see cref="PerItem"/>, items × perItem exceed the points, floor 0.</summary>
    PerItemFloorZero,
}
