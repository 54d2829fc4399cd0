namespace TeamsCert.Cli;

/// <summary>Raised by <c>journal verify</c> when a chain is broken, so the report is printed with exit code 5.</summary>
public sealed class JournalBrokenException(object report) : Exception("A case journal failed verification.")
{
    public object Report { get; } = report;
}
