namespace TeamsCert.Domain.Modes;

/// <summary>Service contact type, which steers the choice of mode (004 §5.2.2.2(2)).</summary>
public enum ContactType
{
    /// <summary>人—人.</summary>
    PersonToPerson,

    /// <summary>人—机.</summary>
    PersonToMachine,

    /// <summary>机—人.</summary>
    MachineToPerson,

    /// <summary>机—机.</summary>
    MachineToMachine,
}
