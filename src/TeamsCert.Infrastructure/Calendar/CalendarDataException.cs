namespace TeamsCert.Infrastructure.Calendar;

/// <summary>
/// The holiday calendar data (built-in file or operator files) is unusable; <see cref="Errors"/> lists every
/// problem found, each naming its file and JSON path, so the operator can fix them all in one go.
/// </summary>
public sealed class CalendarDataException : Exception
{
    public CalendarDataException()
        : this([])
    {
    }

    public CalendarDataException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CalendarDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public CalendarDataException(IReadOnlyList<CalendarDataError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CalendarDataError> Errors { get; }

    private static string Describe(IReadOnlyList<CalendarDataError> errors) =>
        $"Calendar data is invalid ({errors.Count} error(s)):{string.Concat(errors.Select(e => $"{Environment.NewLine}  {e}"))}";
}
