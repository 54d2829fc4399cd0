using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Audits;

/// <summary>One entry of <c>data.findings</c>: <c>{"grade":"major|minor|observation","clause":"…","evidence":"…"}</c>.</summary>
public sealed record FindingInput(FindingGrade Grade, string Clause, string Evidence);
