namespace TeamsCert.BrowserTests;

/// <summary>
/// Where the browser tests find Chromium (<c>TEAMSCERT_CHROMIUM</c>, default <c>/usr/bin/chromium</c>) and the Node tools
/// (<c>TEAMSCERT_NODE_MODULES</c>, default <c>.ci/node/node_modules</c>), both installed by <c>source .ci/tools.sh</c>, and
/// <c>node</c> (<c>TEAMSCERT_NODE</c>, default the first <c>node</c> on PATH) that runs the Agents Playground.
/// Locally a missing tool skips the tests with the reason; with <c>CI=true</c> they run and fail.
/// </summary>
public static class BrowserTools
{
    public static string Chromium => Environment.GetEnvironmentVariable("TEAMSCERT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string NodeModules => Environment.GetEnvironmentVariable("TEAMSCERT_NODE_MODULES") is { Length: > 0 } path
        ? path
        : Path.Combine(RepositoryRoot(), ".ci", "node", "node_modules");

    public static string Node => Environment.GetEnvironmentVariable("TEAMSCERT_NODE") is { Length: > 0 } node
        ? node
        : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node")).FirstOrDefault(File.Exists) ?? "node (not on PATH)";

    public static string PlaygroundCli => Path.Combine(NodeModules, "@microsoft", "m365agentsplayground", "cli.js");

    public static string AdaptiveCardsScript => Path.Combine(NodeModules, "adaptivecards", "dist", "adaptivecards.min.js");

    public static string AdaptiveCardsCss => Path.Combine(NodeModules, "adaptivecards", "dist", "adaptivecards.css");

    /// <summary>The teams-js bundle the app serves at <c>/tab/lib/teams-js.js</c>.</summary>
    public static string TeamsJs => Path.Combine(NodeModules, "@microsoft", "teams-js", "dist", "umd", "MicrosoftTeams.min.js");

    public static string HostConfig(string theme) =>
        Path.Combine(NodeModules, "adaptivecards-designer", "lib", "hostConfigs", $"microsoft-teams-{theme}.json");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tools are unusable, or null when all are present.</summary>
    public static string? Missing()
    {
        string[] needed = [Chromium, AdaptiveCardsScript, AdaptiveCardsCss, HostConfig("light"), HostConfig("dark"), TeamsJs, Node, PlaygroundCli];
        var missing = needed.Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0 ? null : $"missing {string.Join(", ", missing)}; run `source .ci/tools.sh`";
    }

    /// <summary>The skip reason for a test: none on CI (a missing tool must fail there) or when everything is present.</summary>
    public static string? SkipReason() => IsCi ? null : Missing();

    /// <summary>Screenshots for people to read: <c>artifacts/cards/</c> at the repository root (gitignored).</summary>
    public static string ArtifactsFolder(string name = "cards") => Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", name)).FullName;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsCert.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"TeamsCert.sln not found above {AppContext.BaseDirectory}");
    }
}
