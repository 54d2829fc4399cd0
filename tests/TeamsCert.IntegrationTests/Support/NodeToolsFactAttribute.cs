namespace TeamsCert.IntegrationTests.Support;

/// <summary>A fact that needs TEAMSCERT_NODE_MODULES: skipped without it on a developer machine, run (and failing) when CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeToolsFactAttribute : FactAttribute
{
    public NodeToolsFactAttribute()
    {
        if (NodeTools.Folder is null && !NodeTools.InCi)
        {
            Skip = "TEAMSCERT_NODE_MODULES is not set (source .ci/tools.sh); with CI=true this test fails instead.";
        }
    }
}
