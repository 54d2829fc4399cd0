namespace TeamsCert.Domain.Modes;

/// <summary>One observation about a mode combination; <paramref name="RuleId"/> is the seed section or flag behind it.</summary>
public sealed record ModeFinding(string RuleId, ModeFindingSeverity Severity, LocalizedText Message);
