namespace TeamsCert.Infrastructure.Demo;

/// <summary>An application and the actions taken on it so far; where the actions stop is the case's current state.</summary>
internal sealed record DemoScenario(string Scheme, string Organization, int Personnel, int Sites, string Scope, DateOnly ReceivedOn, IReadOnlyList<DemoStep> Steps);
