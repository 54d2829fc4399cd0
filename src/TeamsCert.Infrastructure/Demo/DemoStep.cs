namespace TeamsCert.Infrastructure.Demo;

/// <summary>One action of a demo scenario: on a date (10:00 Shanghai), a demo user acts on the open step of a kind.</summary>
internal sealed record DemoStep(DateOnly On, string Kind, string Action, string User, Dictionary<string, string>? Data = null);
