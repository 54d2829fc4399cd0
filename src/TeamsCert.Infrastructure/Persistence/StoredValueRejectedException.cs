namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// The database refused a value (a text it cannot store, a number out of range): bad input that got past the checks,
/// not a conflict. Retrying cannot help, so it is reported at once as a 400.
/// </summary>
public sealed class StoredValueRejectedException(string reason, Exception inner)
    : Exception($"The database refused a value: {reason}", inner)
{
    public string Reason { get; } = reason;
}
