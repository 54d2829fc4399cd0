using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Cases;

/// <summary>The API's view of a case and its steps; dates are Asia/Shanghai calendar dates (yyyy-MM-dd).</summary>
public sealed record CaseView(
    Guid Id, string Number, string Scheme, string RuleSetVersion, string Organization, string? OrganizationCode, int Personnel, int Sites, string Scope,
    DateOnly ReceivedOn, string Stage, int Version, IReadOnlyList<string> MissingMaterials, IReadOnlyList<StepView> Steps,
    CaseFactsView Facts)
{
    public static CaseView From(CertificationCase c, Func<string, IReadOnlyList<string>> actions) => new(
        c.Id, c.Number, c.Scheme, c.RuleSetVersion, c.Organization, c.OrganizationCode, c.Personnel, c.Sites, c.Scope, c.ReceivedOn, c.Stage.ToString(),
        c.Version, c.MissingMaterials, [.. c.Steps.Select(s => StepView.From(s, s.Status == StepStatus.Open ? actions(s.Kind) : []))], CaseFactsView.From(c.Facts));
}

public sealed record StepView(
    Guid Id, string Kind, string Role, string? Assignee, string Status, DateOnly OpenedOn, DateOnly? Due, string? DueRuleId,
    bool Provisional, bool Paused, string? Outcome, string? CompletedBy, DateTimeOffset? CompletedAt, IReadOnlyList<string> Actions)
{
    public static StepView From(PendingStep s, IReadOnlyList<string> actions) => new(
        s.Id, s.Kind, s.Role, s.AssigneeId, s.Status.ToString(), s.OpenedOn, s.DueOn, s.DueRuleId, s.DueProvisional, s.Paused,
        s.Outcome, s.CompletedBy, s.CompletedAt, actions);
}

/// <summary><c>POST /api/cases</c>: an application; <c>organizationCode</c> is the optional 统一社会信用代码.</summary>
public sealed record OpenCaseBody(string? Scheme, string? Organization, int Personnel, int Sites, string? Scope, string? OrganizationCode = null);

/// <summary><c>POST /api/cases/{id}/steps/{stepId}</c>: one action with its data and an idempotency key.</summary>
public sealed record StepActionBody(string? Action, Dictionary<string, string>? Data, string? IdempotencyKey);

/// <summary><c>POST /api/cases/{id}/steps/{stepId}/assignee</c>: who takes the step over, and why.</summary>
public sealed record AssignBody(string? Assignee, string? Reason);

/// <summary>A person who may (or may not) hold a step, with the rule ids that exclude them.</summary>
public sealed record StepCandidateView(string PersonId, string Name, bool Allowed, IReadOnlyList<string> ExcludedBy);
