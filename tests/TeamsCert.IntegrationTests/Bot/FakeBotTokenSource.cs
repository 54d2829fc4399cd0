using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Stands in for MSAL: hands out a fixed token (no Entra ID is reachable from tests).</summary>
public sealed class FakeBotTokenSource(string? token) : IBotTokenSource
{
    public const string Token = "fake-connector-token";

    public FakeBotTokenSource()
        : this(Token)
    {
    }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
}
