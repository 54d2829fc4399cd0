using TeamsCert.Infrastructure.Rules;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Health;

public class StartupValidationTests
{
    [Fact]
    public void Start_BrokenOperatorSchemeFile_FailsWithFileAndPath()
    {
        using var factory = new TeamsCertFactory();
        var schemes = Directory.CreateDirectory(Path.Combine(factory.DataFolder, "schemes")).FullName;
        File.WriteAllText(Path.Combine(schemes, "AS.v2.json"), """{"scheme":"AS","version":"2","nmae":{}}""");

        var error = factory.FailedStart<RuleDataException>();

        Assert.Contains("AS.v2.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.nmae", error.Message, StringComparison.Ordinal);
    }
}
