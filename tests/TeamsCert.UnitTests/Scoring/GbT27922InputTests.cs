using TeamsCert.Domain;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// Input refusals of the AS sheet: exclusions only per 004 附件一 2.2, item numbers, bonus and special deductions.
public class GbT27922InputTests
{
    private static GbT27922Result Calculate(GbT27922Input input) => new GbT27922Calculator(GbT27922Section.As()).Calculate(input);

    private static GbT27922Input Failed(string name, params int[] items) => new()
    {
        FailedItems = new Dictionary<string, IReadOnlyList<int>> { [name] = items },
    };

    [Theory]
    [InlineData("人员配置")]
    [InlineData("投诉处理")]
    public void Calculate_ExcludingNonExcludableIndicator_RefusesCiting004Annex1Clause2_2(string name)
    {
        var error = Assert.Throws<RuleViolationException>(() => Calculate(new GbT27922Input { Excluded = [name] }));

        Assert.Equal("004 附件一 2.2", error.RuleId);
        Assert.Equal("excluded", error.Field);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("GB/T 27922-2011 5.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ExcludingUnknownIndicator_ThrowsNamingExcluded()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(new GbT27922Input { Excluded = ["安装"] }));

        Assert.Equal("excluded", error.Field);
    }

    [Fact]
    public void Calculate_ExcludingTwice_ThrowsNamingExcluded()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(new GbT27922Input { Excluded = ["配送", "配送"] }));

        Assert.Equal("excluded", error.Field);
    }

    [Fact]
    public void Calculate_UnknownFailedIndicator_ThrowsNamingFailedItemsField()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(Failed("售后培训", 1)));

        Assert.Equal("failedItems.售后培训", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Calculate_ItemNumberOutOfRange_ThrowsNamingFailedItemsField(int item)
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(Failed("维修", item)));

        Assert.Equal("failedItems.维修", error.Field);
        Assert.Contains("1–7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_DuplicateItemNumber_ThrowsNamingFailedItemsField()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(Failed("监督", 2, 2)));

        Assert.Equal("failedItems.监督", error.Field);
    }

    [Fact]
    public void Calculate_FailedItemsOfExcludedIndicator_ThrowsNamingFailedItemsField()
    {
        var input = Failed("配送", 1) with { Excluded = ["配送"] };

        var error = Assert.Throws<InvalidInputException>(() => Calculate(input));

        Assert.Equal("failedItems.配送", error.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Calculate_BonusOutsideZeroToMaximum_ThrowsNamingBonus(int bonus)
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(new GbT27922Input { Bonus = bonus }));

        Assert.Equal("bonus", error.Field);
    }

    [Fact]
    public void Calculate_NegativeSpecialDeductions_ThrowsNamingSpecialDeductions()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(new GbT27922Input { SpecialDeductions = -1 }));

        Assert.Equal("specialDeductions", error.Field);
    }

    [Fact]
    public void Calculate_FailedItemsOutOfOrder_AreReportedSorted()
    {
        var result = Calculate(Failed("资源配置", 7, 2));

        Assert.Equal([2, 7], result.Indicators.Single(l => l.Name == "资源配置").FailedItems);
    }
}
