using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Cases;

/// <summary>
/// The workflow API the cards, the tab and the portal use. Every call passes <see cref="CaseAccessGate"/> first (403
/// ProblemDetails naming the rule id); other errors are ProblemDetails carrying the rule id too.
/// </summary>
public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases");
        cases.MapPost("/", OpenAsync).WithSummary("Open a case from an application");
        cases.MapGet("/", ListAsync).WithSummary("List cases (filter by scheme, stage, overdue)");
        cases.MapGet("/{id:guid}", GetAsync).WithSummary("A case with its pending steps, due dates and rule ids");
        cases.MapPost("/{id:guid}/steps/{stepId:guid}", ActAsync).WithSummary("Act on a pending step (idempotent by key)");
        cases.MapPost("/{id:guid}/steps/{stepId:guid}/assignee", AssignAsync).WithSummary("Reassign (manager) or delegate (assignee) a pending step");
        cases.MapGet("/{id:guid}/steps/{stepId:guid}/candidates", CandidatesAsync)
            .WithSummary("Who may hold a pending step (reassignment, delegation): each person with the rule ids that exclude them");
        cases.MapGet("/{id:guid}/journal", JournalAsync).WithSummary("The case's append-only, hash-chained journal");
        cases.MapGet("/{id:guid}/journal/verify", VerifyAsync).WithSummary("Recompute the journal's hash chain");
        return app;
    }

    private static async Task<IResult> OpenAsync(OpenCaseBody body, HttpContext http, CaseActions actions, RulesRuntime rules, CaseAccessGate access,
        CancellationToken ct)
    {
        access.Ensure(http.User.ToActor(), CaseOperation.OpenCase, "api.cases.open");
        var request = new OpenCaseRequest(ParseScheme(body.Scheme), body.Organization ?? "", body.Personnel, body.Sites, body.Scope ?? "")
        {
            OrganizationCode = body.OrganizationCode,
        };
        var @case = await actions.OpenAsync(request, http.User.ToActor(), ct);
        return Results.Created($"/api/cases/{@case.Id}", View(@case, rules));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, CaseStore store, CaseAccessGate access, RulesRuntime rules, CancellationToken ct) =>
        Results.Ok(View(await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ViewCase, "api.case", ct), rules));

    private static async Task<IResult> ActAsync(Guid id, Guid stepId, StepActionBody body, HttpContext http, CaseActions actions, RulesRuntime rules,
        CaseStore store, CaseAccessGate access, CancellationToken ct)
    {
        await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ActOnStep, "api.step.act", ct);
        var action = string.IsNullOrWhiteSpace(body.Action) ? throw new InvalidInputException("action", "请指定操作 / action is required") : body.Action.Trim();
        var key = body.IdempotencyKey ?? http.Request.Headers["Idempotency-Key"].FirstOrDefault();
        var (@case, replayed) = await actions.ActAsync(id, stepId, action, body.Data ?? [], key, http.User.ToActor(), ct);
        http.Response.Headers["X-Idempotent-Replay"] = replayed ? "true" : "false";
        return Results.Ok(View(@case, rules));
    }

    private static async Task<IResult> AssignAsync(Guid id, Guid stepId, AssignBody body, HttpContext http, CaseActions actions, RulesRuntime rules,
        CaseStore store, CaseAccessGate access, CancellationToken ct)
    {
        await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ActOnStep, "api.step.assign", ct);
        return Results.Ok(View(await actions.AssignAsync(id, stepId, body.Assignee ?? "", body.Reason ?? "", http.User.ToActor(), ct), rules));
    }

    private static async Task<IResult> CandidatesAsync(Guid id, Guid stepId, HttpContext http, CaseActions actions, CaseStore store, CaseAccessGate access,
        CancellationToken ct)
    {
        var @case = await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ActOnStep, "api.step.candidates", ct);
        return Results.Ok(actions.Candidates(@case, stepId).Select(c => new StepCandidateView(c.PersonId, c.Name, c.Allowed, c.ExcludedBy)));
    }

    /// <summary>Only the cases the caller may see (<see cref="CaseOperation.ViewCase"/>).</summary>
    private static async Task<IResult> ListAsync(string? scheme, string? stage, bool? overdue, HttpContext http, CaseQueries queries, CancellationToken ct) =>
        Results.Ok(await queries.ListAsync(string.IsNullOrWhiteSpace(scheme) ? null : ParseScheme(scheme), stage, overdue, http.User.ToActor(), ct));

    private static async Task<IResult> JournalAsync(Guid id, HttpContext http, CaseStore store, CaseAccessGate access, CancellationToken ct)
    {
        await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ReadJournal, "api.journal", ct);
        var entries = await store.JournalAsync(id, ct);
        return entries.Count == 0 ? throw new CaseNotFoundException(id) : Results.Ok(entries.Select(e => new
        {
            e.Sequence,
            e.Type,
            actor = e.ActorId,
            at = e.At,
            e.Reason,
            e.RuleId,
            data = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(e.DataJson),
            e.Hash,
        }));
    }

    private static async Task<IResult> VerifyAsync(Guid id, HttpContext http, CaseStore store, CaseAccessGate access, CancellationToken ct)
    {
        await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ReadJournal, "api.journal.verify", ct);
        var entries = await store.JournalAsync(id, ct);
        return entries.Count == 0 ? throw new CaseNotFoundException(id) : Results.Ok(JournalChain.Verify(entries));
    }

    internal static CaseView View(CertificationCase @case, RulesRuntime rules)
    {
        var process = new CaseProcess(rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion), rules.Calendar);
        return CaseView.From(@case, process.Actions);
    }

    internal static string ParseScheme(string? scheme) => TeamsCert.Domain.Schemes.SchemeCodes.Parse(scheme);
}
