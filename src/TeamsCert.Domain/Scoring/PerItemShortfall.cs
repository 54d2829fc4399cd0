namespace TeamsCert.Domain.Scoring;

/// <summary>
/// a per-item indicator whose items do not add up to its points (投诉处理: 3 items × 3 = 9 ≠ 10).
/// Default <see cref="AllFailZero"/>.
/// </summary>
public enum PerItemShortfall
{
    /// <summary>Each failed item loses perItem points; all items failed loses the whole indicator (0).</summary>
    AllFailZero = 0,

    /// <summary>Literal "每项 3 分": at most items × perItem is lost, so all three failed still leaves 1.</summary>
    LiteralPerItem = 1,

    /// <summary>The last item carries the remainder (投诉处理 item 3 = 4 points).</summary>
    LastItemTakesRemainder = 2,
}
