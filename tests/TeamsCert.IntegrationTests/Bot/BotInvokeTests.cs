using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Web.Bot;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Invokes are answered in the HTTP body; a failing handler is logged and reported with a correlation id.</summary>
public sealed class BotInvokeTests(BotServers servers) : IClassFixture<BotServers>
{
    [Fact]
    public async Task Post_AdaptiveCardActionFromUnknownUser_AnsweredInBodyWithCard()
    {
        using var host = BotHost.Authenticated(servers.Keys);
        var activity = BotHost.Activity(servers.Connector.ServiceUrl, type: "invoke", text: null, name: "adaptiveCard/action",
            value: new { action = new { type = "Action.Execute", verb = "accept", data = new { stepId = "s-1" } } });

        using var response = await host.PostAsync(activity, servers.Keys.Token(host.Now, BotHost.AppId, servers.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Contains("NOT-STAFF", body.RootElement.GetProperty("value").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_BodyCarriesCorrelationIdThatIsLogged()
    {
        using var host = BotHost.Authenticated(servers.Keys, s => s.AddScoped<IBotActivityHandler, ThrowingHandler>());
        var activity = BotHost.Activity(servers.Connector.ServiceUrl, type: "invoke", text: null, name: "adaptiveCard/action", value: new { action = new { verb = "x" } });

        using var response = await host.PostAsync(activity, servers.Keys.Token(host.Now, BotHost.AppId, servers.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(500, body.RootElement.GetProperty("statusCode").GetInt32());
        var correlationId = body.RootElement.GetProperty("value").GetProperty("correlationId").GetString()!;
        Assert.Contains($"correlation id {correlationId}", host.Logs.All, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingHandler), host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("card handler broke", body.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MessageHandlerThrows_UserToldCorrelationIdThatIsLogged()
    {
        using var host = BotHost.Authenticated(servers.Keys, s => s.AddScoped<IBotActivityHandler, ThrowingHandler>());
        var activity = BotHost.Activity(servers.Connector.ServiceUrl, text: "help");

        using var response = await host.PostAsync(activity, servers.Keys.Token(host.Now, BotHost.AppId, servers.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = await servers.Connector.WaitForAsync(r => r.Body.Contains("contact support with id", StringComparison.Ordinal));
        var text = JsonDocument.Parse(told.Body).RootElement.GetProperty("text").GetString()!;
        var correlationId = text[(text.LastIndexOf(' ') + 1)..];
        Assert.Contains($"correlation id {correlationId}", host.Logs.All, StringComparison.Ordinal);
    }

    private sealed class ThrowingHandler : IBotActivityHandler
    {
        public Task OnMessageAsync(BotActivity activity, CancellationToken cancellationToken) => throw new InvalidOperationException("message handler broke");

        public Task<BotInvokeResponse> OnInvokeAsync(BotActivity activity, CancellationToken cancellationToken) => throw new InvalidOperationException("card handler broke");

        public Task OnConversationUpdateAsync(BotActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnInstallationUpdateAsync(BotActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
