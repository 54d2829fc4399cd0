using System.ComponentModel.DataAnnotations;
using TeamsCert.Web.Security;

namespace TeamsCert.Web.Tab;

/// <summary>The managers' tab (section <c>Tab</c>): what it highlights, where it finds teams-js, who may frame it.</summary>
public sealed class TabOptions : IValidatableObject
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

    /// <summary>
    /// <c>Tab:Cloud</c>: <c>Public</c> (default) or <c>China</c> (Teams operated by 21Vianet); picks the Teams origins
    /// allowed to frame the tab (<see cref="TeamsFrameAncestors"/>).
    /// </summary>
    public string Cloud { get; set; } = TeamsFrameAncestors.PublicCloud;

    /// <summary><c>Tab:FrameAncestors</c>: https origins that replace the cloud's built-in list (empty: the built-in list).</summary>
    public IReadOnlyList<string>? FrameAncestors { get; set; }

    /// <summary>The origins allowed to frame the tab's pages.</summary>
    public IReadOnlyList<string> AllowedFrameAncestors => TeamsFrameAncestors.For(Cloud, FrameAncestors);

    /// <summary>
    /// The origins teams-js must be told to trust (<c>app.initialize(origins)</c>): none in the public cloud, which it
    /// knows; the 21Vianet client's origin in <c>China</c>; the override's origins when one is set.
    /// </summary>
    public IReadOnlyList<string> TeamsJsOrigins =>
        FrameAncestors is { Count: > 0 } ? FrameAncestors : Cloud == TeamsFrameAncestors.ChinaCloud ? [TeamsFrameAncestors.China[0]] : [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TeamsFrameAncestors.Problems(Cloud, FrameAncestors).Select(p => new ValidationResult(p, [nameof(Cloud)]));
}
