using System.Text.Json.Serialization;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>Teams invokes <see cref="Action"/> automatically for the listed users to show each their own view.</summary>
public sealed record CardRefresh([property: JsonIgnore] ActionExecute Action, IReadOnlyList<string> UserIds)
{
    /// <summary>Written through the base type so the action carries its <c>type</c> discriminator.</summary>
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    public CardAction SerializedAction => Action;
}
