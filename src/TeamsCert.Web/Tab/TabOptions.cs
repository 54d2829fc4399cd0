using System.ComponentModel.DataAnnotations;

namespace TeamsCert.Web.Tab;

/// <summary>The managers' tab (section <c>Tab</c>): what it highlights and where it finds teams-js.</summary>
public sealed class TabOptions
{
    public const string Section = "Tab";

    /// <summary>Steps due within this many PRC working days are listed as "due soon" (A-01 counting).</summary>
    [Range(1, 60)]
    public int DueSoonWorkingDays { get; set; } = 5;

    /// <summary>Audit days per auditor and month above which the workload view flags over-allocation.</summary>
    [Range(1, 31)]
    public int MaxAuditDaysPerMonth { get; set; } = 20;

    /// <summary>
    /// The bundled teams-js file served at <c>/tab/lib/teams-js.js</c>; by default the copy installed under
    /// <c>.ci/node/node_modules</c>. When it is missing the tab still works outside Teams (theme from <c>?theme=</c>).
    /// </summary>
    public string? TeamsJsFile { get; set; }
}
