namespace TeamsCert.Domain.Workflow;

/// <summary>
/// A step the runtime completes by itself once its due day has ended, instead of only escalating it: a fact that
/// follows from the calendar, not a decision (e.g. a certificate's validity running out without recertification).
/// </summary>
public interface IOverdueAction
{
    /// <summary>Acts as <see cref="Actor.System"/>; the context's clock is the first instant after the due day.</summary>
    void OnOverdue(StepContext context);
}
