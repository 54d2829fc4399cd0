namespace TeamsCert.BrowserTests;

/// <summary>A fact skipped with the reason when Chromium or the Node tools are missing, except on CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserTools.SkipReason();
}
