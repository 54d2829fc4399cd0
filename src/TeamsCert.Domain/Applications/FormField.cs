namespace TeamsCert.Domain.Applications;

/// <summary>One field of a scheme's application form; its code is the key under which the value is submitted and kept.</summary>
public sealed record FormField(string Code, LocalizedText Label, FormFieldType Type, bool Required = false)
{
    /// <summary>Longest accepted value in characters: the field's row of <see cref="InputLimits"/>, else 200 on one line, 4000 on several.</summary>
    public int MaxLength => Limit.MaxLength;

    /// <summary>The field's cap and whether it takes line breaks, named in refusals by its label.</summary>
    public TextLimit Limit => InputLimits.For(Code, Type == FormFieldType.MultilineText) with
    {
        Field = Code,
        ZhName = Label.ZhCn,
        Multiline = Type == FormFieldType.MultilineText,
    };

    /// <summary>Shown under the field (what to write, units), or null.</summary>
    public LocalizedText? Hint { get; init; }

    /// <summary>Smallest accepted value of an <see cref="FormFieldType.WholeNumber"/> field (0 unless set).</summary>
    public int Minimum { get; init; }

    /// <summary>Largest accepted value of an <see cref="FormFieldType.WholeNumber"/> field (<see cref="InputLimits.FormNumber"/> unless set).</summary>
    public int Maximum { get; init; } = InputLimits.FormNumber.Max;
}
