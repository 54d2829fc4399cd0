namespace TeamsCert.Domain.Calendar;

/// <summary>
/// The result of a calendar computation and whether it rests on provisional data.
/// </summary>
/// <param name="Value">The computed date or count.</param>
/// <param name="Provisional">
/// True when any date examined during the computation fell in a provisional year; such an answer must be
/// recomputed once that year's official notice is imported.
/// </param>
/// <param name="ProvisionalYears">The provisional years examined, ascending; empty when <paramref name="Provisional"/> is false.</param>
public sealed record CalendarAnswer<T>(T Value, bool Provisional, IReadOnlyList<int> ProvisionalYears);
