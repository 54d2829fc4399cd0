namespace TeamsCert.Domain.Certificates;

/// <summary>Whether a certificate field must always be printed.</summary>
public enum ContentPresence
{
    /// <summary>Always printed.</summary>
    Required,

    /// <summary>Printed when its condition holds (e.g. reissue date after a reissue, annex for many sites).</summary>
    Conditional,

    /// <summary>May be left out.</summary>
    Optional,
}
