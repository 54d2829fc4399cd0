namespace TeamsCert.Domain.Applications;

/// <summary>One field of a scheme's application form; its code is the key under which the value is submitted and kept.</summary>
public sealed record FormField(string Code, LocalizedText Label, FormFieldType Type, bool Required = false)
{
    /// <summary>Longest accepted value in characters: 200 for one-line fields, 4000 for multi-line ones.</summary>
    public int MaxLength => Type == FormFieldType.MultilineText ? 4000 : 200;

    /// <summary>Shown under the field (what to write, units), or null.</summary>
    public LocalizedText? Hint { get; init; }

    /// <summary>Smallest accepted value of an <see cref="FormFieldType.WholeNumber"/> field (0 unless set).</summary>
    public int Minimum { get; init; }
}
