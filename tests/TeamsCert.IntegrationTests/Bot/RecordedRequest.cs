namespace TeamsCert.IntegrationTests.Bot;

/// <summary>One request the fake connector received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization);
