namespace TeamsCert.Infrastructure.Rules;

/// <summary>Where rule data comes from. Section <c>Rules</c>.</summary>
public sealed class RulesOptions
{
    public const string Section = "Rules";

    /// <summary>Folder with the built-in data shipped beside the binaries (schemes/, calendars/).</summary>
    public string BuiltInPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "RulesData");

    /// <summary>Operator folder for new official calendar years (e.g. cn-2027.json); read at start, no rebuild needed.</summary>
    public string? CalendarsPath { get; set; }

    /// <summary>Operator folder for new scheme rule-set versions (e.g. AS.v2.json).</summary>
    public string? SchemesPath { get; set; }
}
