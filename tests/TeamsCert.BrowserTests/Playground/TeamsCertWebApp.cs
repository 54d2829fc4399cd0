using System.Net.Http.Json;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// The TeamsCert web app as a real process: <c>dotnet src/TeamsCert.Web/bin/{Configuration}/net10.0/TeamsCert.Web.dll</c>
/// on a free 127.0.0.1 port, environment Development (anonymous bot, <c>X-Dev-User</c>) unless another is given, its own
/// data folder (<c>App:DataFolder</c>, so a fresh SQLite file), <c>App:PublicBaseUrl</c> = its own address (so the links
/// it writes lead back to it), plus the given settings as command-line configuration (which may override both).
/// </summary>
internal sealed class TeamsCertWebApp : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private TeamsCertWebApp(ChildProcess process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public string DataFolder { get; }

    public Uri BotEndpoint => new(BaseAddress, "/api/messages");

    public string LogFile => _process.LogFile;

    /// <summary>The app's own process (the dotnet host runs it in-process), e.g. to sample its memory.</summary>
    public int ProcessId => _process.Id;

    public static string Dll()
    {
        // The tests run from tests/<project>/bin/<Configuration>/<tfm>/: the app was built beside, in the same configuration.
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var tfm = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TeamsCert.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("TeamsCert.sln not found"),
            "src", "TeamsCert.Web", "bin", configuration, tfm, "TeamsCert.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the app first ({dll} is missing)", dll);
    }

    /// <summary>The app's resident memory now (<c>VmRSS</c> of <c>/proc/{pid}/status</c>, Linux), in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public static async Task<TeamsCertWebApp> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings, string logFile,
        string environmentName = "Development")
    {
        var dll = Dll();
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        string[] arguments = [dll, "--urls", baseAddress.ToString().TrimEnd('/'), $"--App:DataFolder={dataFolder}",
            $"--App:PublicBaseUrl={baseAddress}", .. settings.Select(s => $"--{s.Key}={s.Value}")];
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environmentName,
            ["DOTNET_ENVIRONMENT"] = environmentName,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var process = ChildProcess.Start("dotnet", arguments, Path.GetDirectoryName(dll)!, environment, logFile);
        var app = new TeamsCertWebApp(process, baseAddress, dataFolder);
        try
        {
            await app.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app exited during start-up; see {LogFile}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())?.ContainsKey("status") == true)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/healthz did not answer within {timeout.TotalSeconds} s; see {LogFile}");
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
