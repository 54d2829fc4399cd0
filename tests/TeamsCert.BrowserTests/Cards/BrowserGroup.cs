namespace TeamsCert.BrowserTests.Cards;

/// <summary>The card tests share one browser and run one after another in it.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<CardRenderer>
{
    public const string Name = "browser";
}
