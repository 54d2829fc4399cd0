using System.Text.Json;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// Input ids of the step card and their way back to the handler's data. A step with one action names its inputs by the
/// data key; a step with several prefixes them with the action (<c>reject.reason</c>), as ids must be unique in a card.
/// The team picker's <c>pickedLeader</c> and <c>pickedAuditors</c> (comma-separated) become the handler's <c>team</c> JSON.
/// </summary>
public static class StepInputIds
{
    public const string TeamLeader = "pickedLeader";
    public const string TeamMembers = "pickedAuditors";

    private static readonly HashSet<string> _envelope = new(["caseId", "stepId", "action", "verb", "lang", "page"], StringComparer.Ordinal);

    public static string For(string action, string key, bool prefixed) => prefixed ? $"{action}.{key}" : key;

    /// <summary>The handler's data from an Action.Execute's data (envelope keys dropped, prefixes stripped, team built).</summary>
    public static Dictionary<string, string> ToStepData(string action, IReadOnlyDictionary<string, string> cardData)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefix = action + ".";
        foreach (var (id, value) in cardData)
        {
            var key = id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : id;
            if (!_envelope.Contains(id) && !key.Contains('.', StringComparison.Ordinal))
            {
                data[key] = value;
            }
        }

        if (data.Remove(TeamLeader, out var leader) | data.Remove(TeamMembers, out var members))
        {
            var team = new List<object>();
            if (!string.IsNullOrWhiteSpace(leader))
            {
                team.Add(new { id = leader.Trim(), role = "teamLeader" });
            }

            foreach (var member in (members ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                team.Add(new { id = member, role = "auditor" });
            }

            data["team"] = JsonSerializer.Serialize(team);
        }

        return data;
    }
}
