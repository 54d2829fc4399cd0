using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>A user or bot in a conversation; Teams adds fields such as <c>email</c> and <c>userPrincipalName</c> (kept in <see cref="Extra"/>).</summary>
public sealed class BotChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A string field Teams adds (e.g. <c>userPrincipalName</c>, <c>email</c>), if present.</summary>
    public string? ExtraString(string name) =>
        Extra is not null && Extra.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
