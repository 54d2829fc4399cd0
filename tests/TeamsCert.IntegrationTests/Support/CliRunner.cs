using System.Diagnostics;
using System.Text.Json;
using TeamsCert.Cli;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>Runs the operator CLI, in-process through its real entry logic or as a separate process, and parses its JSON.</summary>
internal static class CliRunner
{
    public static (int ExitCode, JsonElement Json) Run(params string[] args)
    {
        using var output = new StringWriter();
        var exit = CliApp.Run(args, output, TimeProvider.System, redirected: true);
        return (exit, Parse(output.ToString()));
    }

    public static (int ExitCode, string Stdout) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teamscert.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "teamscert did not finish within a minute");
        return (process.ExitCode, stdout);
    }

    public static JsonElement Parse(string stdout)
    {
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }
}
