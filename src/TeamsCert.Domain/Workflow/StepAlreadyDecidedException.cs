using System.Globalization;

namespace TeamsCert.Domain.Workflow;

/// <summary>The step was already decided by someone else: the loser of a race learns who decided and when.</summary>
public sealed class StepAlreadyDecidedException(Guid stepId, string decidedBy, DateTimeOffset decidedAt, string? outcome)
    : DomainException(string.Create(CultureInfo.InvariantCulture,
        $"该步骤已由 {decidedBy} 于 {decidedAt:yyyy-MM-dd HH:mm:ss zzz} 处理（{outcome}）/ this step was already decided by {decidedBy} at {decidedAt:O} ({outcome})"))
{
    public Guid StepId { get; } = stepId;

    public string DecidedBy { get; } = decidedBy;

    public DateTimeOffset DecidedAt { get; } = decidedAt;
}
