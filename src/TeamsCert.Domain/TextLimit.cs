namespace TeamsCert.Domain;

/// <summary>
/// How long one text field may be and whether it may hold line breaks and tabs; <see cref="ZhName"/> names the field in
/// refusals on pages and cards (see <see cref="InputLimits"/>).
/// </summary>
public sealed record TextLimit(string Field, string ZhName, int MaxLength, bool Multiline = false)
{
    /// <summary>The cap counts UTF-8 bytes, not characters (file names: what a store can hold).</summary>
    public bool InUtf8Bytes { get; init; }
}
