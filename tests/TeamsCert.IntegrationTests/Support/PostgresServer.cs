using System.Diagnostics;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// The PostgreSQL server for the suite: the one named by TEAMSCERT_TEST_POSTGRES (CI sources .ci/postgres.sh first), or
/// else a throwaway cluster this process starts with the same script and stops when it exits.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<string> _connectionString = new(Start);

    public static string ConnectionString => _connectionString.Value;

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("TEAMSCERT_TEST_POSTGRES") is { Length: > 0 } configured)
        {
            return configured;
        }

        var script = Path.Combine(RepositoryRoot(), ".ci", "postgres.sh");
        var output = Bash($"source \"{script}\" >&2 && printf '%s\\n%s\\n%s\\n%s' \"$TEAMSCERT_TEST_POSTGRES\" \"$TEAMSCERT_PG_DIR\" \"$TEAMSCERT_PG_PORT\" \"$TEAMSCERT_PG_BINDIR\"");
        var lines = output.Split('\n');
        var stop = $"export TEAMSCERT_PG_DIR='{lines[1]}' TEAMSCERT_PG_PORT='{lines[2]}' TEAMSCERT_PG_BINDIR='{lines[3]}'; source \"{script}\" >/dev/null 2>&1; teamscert_postgres_stop";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Bash(stop);
        return lines[0];
    }

    private static string Bash(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"Could not start PostgreSQL for the tests (exit {process.ExitCode}): {stderr.Result}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsCert.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("TeamsCert.sln not found above the test binaries");
    }
}
