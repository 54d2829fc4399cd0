namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// The pinned Node tools that <c>.ci/tools.sh</c> installs and names in TEAMSCERT_NODE_MODULES (here: the Teams manifest
/// schemas of @microsoft/app-manifest). Missing tools skip a test locally and fail it when CI=true.
/// </summary>
internal static class NodeTools
{
    public static string? Folder =>
        Environment.GetEnvironmentVariable("TEAMSCERT_NODE_MODULES") is { Length: > 0 } folder ? folder : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>build/json-schemas/teams of the package: one folder per manifest version (v1.0 … v1.30).</summary>
    public static string TeamsSchemas
    {
        get
        {
            var folder = Folder ?? throw new InvalidOperationException(
                "TEAMSCERT_NODE_MODULES is not set: run `source .ci/tools.sh` before the tests (with CI=true this fails instead of skipping).");
            var schemas = Path.Combine(folder, "@microsoft", "app-manifest", "build", "json-schemas", "teams");
            return Directory.Exists(schemas)
                ? schemas
                : throw new DirectoryNotFoundException($"{schemas} is missing: TEAMSCERT_NODE_MODULES does not hold @microsoft/app-manifest (source .ci/tools.sh).");
        }
    }
}
