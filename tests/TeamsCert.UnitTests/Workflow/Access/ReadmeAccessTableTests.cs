using TeamsCert.Domain.Workflow.Access;

namespace TeamsCert.UnitTests.Workflow.Access;

/// <summary>The README's roles × operations table says what <see cref="CaseAccessTable"/> says, cell for cell.</summary>
public class ReadmeAccessTableTests
{
    private const string Heading = "## Who may do what on a case";

    [Fact]
    public void ReadmeTable_SameRolesOperationsAndReachAsTheCode()
    {
        var lines = ReadmeTable();
        var operations = Cells(lines[0]).Skip(1).Select(c => Enum.Parse<CaseOperation>(Code(c))).ToList();
        var rows = lines.Skip(2).Select(Cells).ToDictionary(c => Code(c[0]), c => c.Skip(1).Select(Reach).ToList());

        Assert.Equal(CaseAccessTable.Operations, operations);
        Assert.Equal(CaseAccessTable.Roles, rows.Keys);
        Assert.All(CaseAccessTable.Roles, role => Assert.Equal(
            CaseAccessTable.Operations.Select(o => CaseAccessTable.Reach(role, o)),
            rows[role]));
    }

    /// <summary>The first Markdown table under the heading: header, separator and one line per role.</summary>
    private static List<string> ReadmeTable()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var start = Array.IndexOf(readme, Heading);
        Assert.True(start >= 0, $"README.md has no \"{Heading}\" section");
        return [.. readme.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))];
    }

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>The code in backticks, e.g. <c>`teamLeader`</c> or "see the case (`ViewCase`)".</summary>
    private static string Code(string cell)
    {
        var open = cell.IndexOf('`', StringComparison.Ordinal);
        var close = cell.IndexOf('`', open + 1);
        Assert.True(open >= 0 && close > open, $"no `code` in \"{cell}\"");
        return cell[(open + 1)..close];
    }

    private static CaseReach Reach(string cell) => cell switch
    {
        "every case" => CaseReach.Every,
        "involved" => CaseReach.Involved,
        "never" => CaseReach.Never,
        _ => throw new InvalidOperationException($"\"{cell}\" is not every case / involved / never"),
    };

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
