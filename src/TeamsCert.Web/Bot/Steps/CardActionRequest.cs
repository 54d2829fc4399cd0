using System.Globalization;
using System.Text.Json;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>An Action.Execute as the bot receives it (<c>value.action.{verb,data}</c>, inputs merged into data), values as strings.</summary>
public sealed record CardActionRequest(string Verb, IReadOnlyDictionary<string, string> Data)
{
    public Guid? CaseId => Id("caseId");

    public Guid? StepId => Id("stepId");

    public string? Get(string key) => Data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static CardActionRequest? From(BotActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (action.TryGetProperty("data", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                data[field.Name] = field.Value.ValueKind switch
                {
                    JsonValueKind.String => field.Value.GetString()!,
                    JsonValueKind.Null => string.Empty,
                    _ => field.Value.GetRawText(),
                };
            }
        }

        return new CardActionRequest(verb.GetString()!, data);
    }

    private Guid? Id(string key) =>
        Get(key) is { } text && Guid.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id : null;
}
