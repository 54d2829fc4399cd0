using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, pinned in .ci/node) as a process:
/// <c>node cli.js start -e {bot endpoint} -c msteams --disable-telemetry -p {port} --conversation-id {id}</c> with
/// <c>TEAMSAPPTESTER_BROWSER=none</c>. It falls back to a random port when the asked one is taken, so the port is read
/// from its "Listening on N" line. It writes its own log to <c>devTools/</c> under its working directory, which is
/// the <c>workingDirectory</c> given to <see cref="StartAsync"/>.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private PlaygroundProcess(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string LogFile => _process.LogFile;

    public static string CliScript(string nodeModules) => Path.Combine(nodeModules, "@microsoft", "m365agentsplayground", "cli.js");

    public static async Task<PlaygroundProcess> StartAsync(string node, string nodeModules, Uri botEndpoint, string conversationId, string workingDirectory, string logFile)
    {
        string[] arguments = [CliScript(nodeModules), "start", "-e", botEndpoint.ToString(), "-c", "msteams", "--disable-telemetry",
            "-p", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--conversation-id", conversationId];
        var environment = new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" };
        var process = ChildProcess.Start(node, arguments, Directory.CreateDirectory(workingDirectory).FullName, environment, logFile);
        try
        {
            var line = await process.WaitForLineAsync(l => Listening().IsMatch(l), TimeSpan.FromSeconds(60));
            var port = int.Parse(Listening().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
            var playground = new PlaygroundProcess(process, new Uri($"http://127.0.0.1:{port}"));
            await playground.WaitReadyAsync(TimeSpan.FromSeconds(30));
            return playground;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var config = await http.GetAsync(new Uri("/_internal/v1/config", UriKind.Relative));
                using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
                if (config.IsSuccessStatusCode && page.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not ready yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the Playground did not answer within {timeout.TotalSeconds} s; see {LogFile}");
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
