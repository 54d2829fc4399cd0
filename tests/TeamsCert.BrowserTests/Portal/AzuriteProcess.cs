using System.Net;
using System.Net.Sockets;
using TeamsCert.BrowserTests.Playground;

namespace TeamsCert.BrowserTests.Portal;

/// <summary>A real Azurite blob service (npm azurite, pinned in .ci/node) on a free loopback port with a temporary folder.</summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's published development account: a fixed, public emulator key, not a secret.
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess _process;
    private readonly string _location;

    private AzuriteProcess(ChildProcess process, string location, int port)
    {
        _process = process;
        _location = location;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};BlobEndpoint=http://127.0.0.1:{port}/{DevAccount};";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(string logFile)
    {
        var main = Path.Combine(BrowserTools.NodeModules, "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            throw new FileNotFoundException($"Azurite is missing ({main}): run `source .ci/tools.sh` (installs azurite into .ci/node).");
        }

        var port = FreePort.Next();
        var location = Directory.CreateTempSubdirectory("teamscert-azurite-").FullName;
        var process = ChildProcess.Start(BrowserTools.Node,
            [main, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", location,
                "--skipApiVersionCheck", "--disableTelemetry", "--silent"],
            location, new Dictionary<string, string>(), logFile);
        var azurite = new AzuriteProcess(process, location, port);
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return azurite;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(50);
            }
        }

        await azurite.DisposeAsync();
        throw new TimeoutException($"Azurite did not listen within 10 s; see {logFile}");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_location, recursive: true);
    }
}
