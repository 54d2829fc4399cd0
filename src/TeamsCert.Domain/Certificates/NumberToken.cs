namespace TeamsCert.Domain.Certificates;

internal enum NumberTokenKind
{
    Literal,
    CbCode,
    Year4,
    Year2,
    FieldCode,
    Sequence,
    Cycle,
    Site,
}

// One piece of a numbering template: literal text or a {token}; Width is the digit count of {seq:N}.
internal sealed record NumberToken(NumberTokenKind Kind, string Text = "", int Width = 0);
