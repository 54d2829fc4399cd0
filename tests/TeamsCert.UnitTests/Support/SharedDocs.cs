namespace TeamsCert.UnitTests.Support;

/// <summary>Finds the team's shared reference folder, which sits beside the repository (../shared).</summary>
internal static class SharedDocs
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TeamsCert.sln")))
                {
                    var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                    return Directory.Exists(shared) ? shared : throw new DirectoryNotFoundException($"../shared is missing beside {dir.FullName}");
                }
            }

            throw new DirectoryNotFoundException("TeamsCert.sln not found above the test binaries");
        }
    }

    public static string RulesReference => File.ReadAllText(Path.Combine(Folder, "docs", "rules-reference.md"));
}
