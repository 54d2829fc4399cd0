namespace TeamsCert.Infrastructure.Persistence;

/// <summary>The outcome of re-computing a journal's hash chain; <see cref="BrokenAt"/> is the first bad sequence.</summary>
public sealed record JournalVerification(bool Valid, int Entries, int? BrokenAt, string? Problem);
