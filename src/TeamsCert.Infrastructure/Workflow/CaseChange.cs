using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// What one change to a case did: the case as saved, the caller's own result, whether the change was a replay of one
/// already applied (nothing was done; <see cref="Value"/> is the default), and the steps it opened.
/// </summary>
public sealed record CaseChange<T>(CertificationCase Case, T Value, bool Replayed, IReadOnlyList<PendingStep> OpenedSteps);
