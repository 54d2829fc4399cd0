namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// whether mystery-shopping person-days (002 §3.10) come on top of the table time or are part of it.
/// Default <see cref="OnTopOfTableTime"/>.
/// </summary>
public enum MysteryShoppingPlacement
{
    /// <summary>A separate line item added to the table time.</summary>
    OnTopOfTableTime = 0,

    /// <summary>Counted within the table time; the total is raised only if mystery shopping alone exceeds it.</summary>
    InsideTableTime = 1,
}
