namespace TeamsCert.Infrastructure.Links.Runtime;

/// <summary>An open step the applicant must act on through a link that the runtime could not send.</summary>
public sealed record LinkNeed(string Purpose, Guid StepId, string StepKind);
