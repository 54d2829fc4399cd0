namespace TeamsCert.Domain.Deadlines;

/// <summary>
/// A stretch during which a pausable deadline does not run (A-06 more information requested; a deficiency notice
/// waiting for the applicant). Working days in (<see cref="Start"/>, <see cref="End"/>] are not counted; an open
/// pause (<see cref="End"/> null) leaves the due date undetermined until it ends.
/// </summary>
public sealed record ClockPause(DateOnly Start, DateOnly? End, string Reason)
{
    public bool Covers(DateOnly day) => day > Start && (End is null || day <= End.Value);
}
