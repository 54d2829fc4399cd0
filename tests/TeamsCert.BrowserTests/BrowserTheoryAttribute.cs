namespace TeamsCert.BrowserTests;

/// <summary>A theory skipped with the reason when Chromium or the Node tools are missing, except on CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserTools.SkipReason();
}
