namespace TeamsCert.Domain.Scoring;

/// <summary>The two weighted groups of the LS/CC9 composite (000/003 §10.1.1, App. C.1–C.2).</summary>
public enum CompositeGroup
{
    Characteristic,
    Management,
}
