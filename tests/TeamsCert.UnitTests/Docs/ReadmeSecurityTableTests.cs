using System.Text.RegularExpressions;

namespace TeamsCert.UnitTests.Docs;

/// <summary>
/// The README's security table names, for every attempt, the test that replays it; a renamed or deleted test would
/// leave the table promising a check that no longer runs, so every name must still be a test method in tests/.
/// </summary>
public sealed partial class ReadmeSecurityTableTests
{
    private const string Heading = "## Security";

    [Fact]
    public void SecurityTable_EveryNamedTest_ExistsInTheTestSources()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith(Heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"README.md has no \"{Heading}\" section");
        var rows = readme.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| attempt", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .ToList();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        var named = rows.SelectMany(r => TestName().Matches(r.Split('|', StringSplitOptions.TrimEntries)[^2]).Select(m => m.Groups[1].Value)).ToList();
        var missing = named.Where(name => !Exists(name, sources)).ToList();

        Assert.True(rows.Count >= 15, $"expected the security table's rows, found {rows.Count}");
        Assert.True(named.Count >= rows.Count, "every row names at least one test");
        Assert.Empty(missing);
    }

    private static bool Exists(string name, List<string> sources)
    {
        var parts = name.Split('.');
        var method = parts[^1];
        var type = parts.Length > 1 ? parts[^2] : null;
        return sources.Any(s => Regex.IsMatch(s, $@"\b(Task|void) {Regex.Escape(method)}\(")
            && (type is null || Regex.IsMatch(s, $@"\bclass {Regex.Escape(type)}\b")));
    }

    // `Class.Method_Scenario_Expected` or `Method_Scenario_Expected` in backticks (test names have underscores).
    [GeneratedRegex(@"`((?:\w+\.)?\w+_\w+)`")]
    private static partial Regex TestName();

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
