namespace TeamsCert.Domain.Modes;

/// <summary>
/// none of the combinations listed in 004 §5.2.2.3 contains H or I, although §5.2.1.8 requires a design audit
/// from organisations with design responsibility and §5.4.2.3(3) a management audit at stage 2.
/// </summary>
public enum A20MandatoryModesPolicy
{
    /// <summary>Default: the effective combination always gets I, and H when the organisation has design responsibility.</summary>
    AddMandatoryModes,

    /// <summary>Use the combination as given; a missing H or I is reported as a warning.</summary>
    ListedOnly,
}
