namespace TeamsCert.Domain.Modes;

/// <summary>How a mode-combination finding affects acceptance.</summary>
public enum ModeFindingSeverity
{
    /// <summary>The combination cannot be used.</summary>
    Error,

    /// <summary>Usable only with a recorded justification (e.g. a combination outside a "包括但不限于" list).</summary>
    RequiresJustification,

    /// <summary>Shown to the programme manager; does not block.</summary>
    Warning,
}
