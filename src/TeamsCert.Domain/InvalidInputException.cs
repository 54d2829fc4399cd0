namespace TeamsCert.Domain;

/// <summary>Input that cannot be used at all (missing, malformed, out of range); names the offending field.</summary>
public sealed class InvalidInputException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}
