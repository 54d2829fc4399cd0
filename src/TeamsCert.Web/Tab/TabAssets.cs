using Microsoft.Extensions.Options;

namespace TeamsCert.Web.Tab;

/// <summary>
/// The tab's own stylesheet and scripts (embedded, no external assets) and the teams-js bundle at
/// <c>/tab/lib/teams-js.js</c>: <see cref="TabOptions.TeamsJsFile"/> (<c>Tab:TeamsJsFile</c>), else the copy under
/// <c>TEAMSCERT_NODE_MODULES</c>, else the one <c>npm ci</c> installed in the repository's <c>.ci/node</c>
/// (404 when none exists: the tab then ignores Teams).
/// </summary>
public static class TabAssets
{
    public const string TeamsJsPath = "/tab/lib/teams-js.js";

    /// <summary>The folder of installed Node packages that CI and <c>.ci/tools.sh</c> export.</summary>
    public const string NodeModulesVariable = "TEAMSCERT_NODE_MODULES";

    private static readonly string[] _bundle = ["@microsoft", "teams-js", "dist", "umd", "MicrosoftTeams.min.js"];

    public static void MapTabAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tab/assets/{name}", (string name) => Embedded(name)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(TeamsJsPath, (IOptions<TabOptions> options, IWebHostEnvironment env) =>
        {
            var file = options.Value.TeamsJsFile ?? InstalledTeamsJs(Environment.GetEnvironmentVariable(NodeModulesVariable)) ?? DefaultTeamsJs(env.ContentRootPath);
            return file is not null && File.Exists(file)
                ? Results.File(Path.GetFullPath(file), "text/javascript; charset=utf-8")
                : Results.NotFound();
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Embedded(string name)
    {
        var type = Path.GetExtension(name) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", _ => null };
        var stream = type is null ? null : typeof(TabAssets).Assembly.GetManifestResourceStream("TeamsCert.Web.Tab.Assets." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }

    /// <summary>The bundle installed by <c>npm ci</c> in <c>.ci/node</c>, searched upwards from the content root.</summary>
    private static string? DefaultTeamsJs(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (InstalledTeamsJs(Path.Combine(dir.FullName, ".ci", "node", "node_modules")) is { } candidate)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? InstalledTeamsJs(string? nodeModules)
    {
        if (string.IsNullOrWhiteSpace(nodeModules))
        {
            return null;
        }

        var candidate = Path.Combine([nodeModules, .. _bundle]);
        return File.Exists(candidate) ? candidate : null;
    }
}
