using System.Globalization;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Texts;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.UnitTests.Texts;

/// <summary>The text catalogue (Domain/Texts/Vocabulary*.resx): both languages hold the same keys, and every code family has its words.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void Files_ChineseAndEnglish_HoldTheSameKeys()
    {
        var chinese = Catalogue.Keys(CultureInfo.InvariantCulture);
        var english = Catalogue.Keys(CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Texts_EveryKey_ChineseHasChineseAndEnglishHasNone()
    {
        var problems = Catalogue.Keys(CultureInfo.InvariantCulture)
            .Select(k => (Key: k, Text: Catalogue.Get(k)))
            .Where(t => !t.Text.ZhCn.Any(IsChinese) || t.Text.En.Any(IsChinese))
            .Select(t => t.Key);

        Assert.Empty(problems);
    }

    [Fact]
    public void Families_EveryStatusStageGradePurposeAndRole_HaveWords()
    {
        var missing = Enum.GetNames<CertificateState>().Select(s => $"status.{s}")
            .Concat(Enum.GetNames<CaseStage>().Select(s => $"stage.{s}"))
            .Concat(Enum.GetNames<FindingGrade>().Select(s => $"grade.{s}"))
            .Concat(SharedLinkPurposes.All.SelectMany(p => new[] { $"purpose.{p}", $"purpose.{p}.ask" }))
            .Concat(new[] { StaffRoles.Manager, StaffRoles.ApplicationReviewer, StaffRoles.ProgrammeManager, StaffRoles.TechnicalCommittee, StaffRoles.DecisionMaker, StaffRoles.Applicant, StaffRoles.TeamLeader, StaffRoles.Auditor, StaffRoles.TechnicalExpert, StaffRoles.MysteryShopper }.Select(r => $"role.{r}"))
            .Where(k => Catalogue.Find(k) is null);

        Assert.Empty(missing);
    }

    [Fact]
    public void Find_UnknownKey_IsNullAndGetSaysWhichKey()
    {
        Assert.Null(Catalogue.Find("status", "Dormant"));
        var error = Assert.Throws<KeyNotFoundException>(() => Catalogue.Get("status.Dormant"));
        Assert.Contains("status.Dormant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_Suspended_IsOneTextPerLanguage()
    {
        var text = CertificateStatusText.Name(CertificateState.Suspended);

        Assert.Equal("暂停", text.ZhCn);
        Assert.Equal("Suspended", text.En);
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
