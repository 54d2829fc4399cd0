using Azure.Core;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>A credential that hands out the fake Graph server's token, so no test talks to Entra.</summary>
public sealed class FakeGraphToken : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(FakeGraphServer.Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
