namespace TeamsCert.Cli.Manifest;

/// <summary>What <c>manifest pack</c> prints: the package, the values it filled in (ids and URLs, no secrets) and its hash.</summary>
public sealed record ManifestPackResult(
    string Output,
    string ManifestVersion,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, string> Values,
    long Bytes,
    string Sha256);
