namespace TeamsCert.UnitTests.Workflow;

/// <summary>Score inputs for the in-memory cycles.</summary>
internal static class CycleSetup
{
    /// <summary>TEL parts 1.0–4.0 fully method-compliant, 85 % executed, total 2800: 三星级 (002 §6).</summary>
    public const string TelThreeStar = """{"parts":{"1.0":{"items":20,"methodCompliant":20,"executed":17},"2.0":{"items":20,"methodCompliant":20,"executed":17},"3.0":{"items":20,"methodCompliant":20,"executed":17},"4.0":{"items":20,"methodCompliant":20,"executed":17}},"totalScore":2800}""";
}
