namespace TeamsCert.Domain.Deadlines;

/// <summary>
/// When the target event of a rule may happen, for one anchor date: on or after <see cref="Earliest"/> and on or
/// before <see cref="Latest"/> (either may be open). <see cref="Provisional"/> is true when a working day was
/// counted in a year without an official holiday notice.
/// </summary>
public sealed record DeadlineWindow(
    string RuleId,
    DateOnly Anchor,
    DateOnly? Earliest,
    DateOnly? Latest,
    DateOnly? JustificationAfter,
    bool Provisional,
    bool Paused,
    LocalizedText Explanation);
