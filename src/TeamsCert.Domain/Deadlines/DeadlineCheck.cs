namespace TeamsCert.Domain.Deadlines;

/// <summary>The verdict on one actual target date against a rule's window.</summary>
public sealed record DeadlineCheck(
    string RuleId,
    DateOnly Target,
    bool Met,
    bool RequiresJustification,
    DeadlineWindow Window,
    LocalizedText Message);
