namespace TeamsCert.IntegrationTests.Bot;

/// <summary>The local key server and fake connector, started once per test class.</summary>
public sealed class BotServers : IAsyncLifetime
{
    public TestKeyServer Keys { get; private set; } = null!;

    public FakeConnectorServer Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Keys = await TestKeyServer.StartAsync();
        Connector = await FakeConnectorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Keys.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
