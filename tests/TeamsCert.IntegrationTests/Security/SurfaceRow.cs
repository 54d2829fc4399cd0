namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// One row of the header matrix: a named page or download, who asks for it, and whether Teams may frame it
/// (<c>Teams</c>) or nobody may (<c>None</c>). <see cref="Check"/> lists what is wrong with an answer's headers.
/// </summary>
public sealed record SurfaceRow(string Name, string Path, string? User, bool Framable, bool Download = false, string? Accept = null)
{
    public IEnumerable<string> Check(HttpResponseMessage response, IReadOnlyList<string> teamsOrigins)
    {
        var all = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        string? Header(string name) => all.TryGetValue(name, out var v) ? v : null;
        var csp = Header("Content-Security-Policy") ?? "";
        var ancestors = csp.Split(';', StringSplitOptions.TrimEntries).Where(d => d.StartsWith("frame-ancestors", StringComparison.Ordinal)).ToList();

        if ((int)response.StatusCode >= 500)
        {
            yield return $"{Name}: status {(int)response.StatusCode}";
        }

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            yield return $"{Name}: X-Content-Type-Options is \"{Header("X-Content-Type-Options")}\"";
        }

        var expected = Framable ? "frame-ancestors " + string.Join(' ', teamsOrigins) : "frame-ancestors 'none'";
        if (ancestors.Count != 1 || ancestors[0] != expected)
        {
            yield return $"{Name}: frame-ancestors is [{string.Join(" | ", ancestors)}], expected [{expected}]";
        }

        var frameOptions = Header("X-Frame-Options");
        if (Framable ? frameOptions is not null : frameOptions != "DENY")
        {
            yield return $"{Name}: X-Frame-Options is \"{frameOptions}\"";
        }

        if (Download)
        {
            var disposition = Header("Content-Disposition") ?? "";
            if (!disposition.StartsWith("attachment; filename=\"", StringComparison.Ordinal) || !disposition.Contains("; filename*=UTF-8''", StringComparison.Ordinal))
            {
                yield return $"{Name}: Content-Disposition is \"{disposition}\"";
            }
        }
    }
}
