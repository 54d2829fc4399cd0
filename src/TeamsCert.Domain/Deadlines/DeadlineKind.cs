namespace TeamsCert.Domain.Deadlines;

/// <summary>How a deadline rule constrains the target event relative to its anchor event.</summary>
public enum DeadlineKind
{
    /// <summary>Target no later than N working days after the anchor (A-01: counting starts the next day).</summary>
    WithinWorkingDaysAfter,

    /// <summary>Target at least N working days before the anchor (e.g. audit plan before the on-site audit).</summary>
    AtLeastWorkingDaysBefore,

    /// <summary>Target no later than N calendar months after the anchor, optionally with a minimum gap.</summary>
    WithinMonthsAfter,

    /// <summary>Target on a date strictly before the anchor date.</summary>
    StrictlyBefore,

    /// <summary>Target on or before the anchor date.</summary>
    OnOrBefore,

    /// <summary>Target at least N calendar months before the anchor (e.g. system operated ≥ 3 M before applying).</summary>
    AtLeastMonthsBefore,

    /// <summary>No target event may fall within the N months before the anchor (e.g. no major accident in 12 M).</summary>
    NoneWithinMonthsBefore,

    /// <summary>The target may happen from N months before the anchor until the anchor (e.g. recertification window).</summary>
    OpensMonthsBefore,
}
