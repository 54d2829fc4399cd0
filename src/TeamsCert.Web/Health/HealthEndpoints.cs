using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Web.Health;

/// <summary><c>GET /healthz</c>: the host is up and its rule data is loaded.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (RulesRuntime rules) => Results.Ok(new
        {
            status = "ok",
            ruleSets = rules.Schemes.All.Select(r => $"{r.Scheme}.v{r.Version}"),
            officialCalendarYears = rules.Calendar.OfficialYears,
        }))
        .WithName("Health")
        .AllowAnonymous()
        .ExcludeFromDescription();
        return app;
    }
}
