using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TeamsCert.IntegrationTests.Cards.Support;

/// <summary>
/// The official Adaptive Card 1.5 schema from <c>../shared/schemas</c> beside the repository (never copied into it).
/// Only the Teams-only root property <c>msteams</c>, which the schema does not know, is removed before validating.
/// </summary>
internal static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> _schema = new(() => JsonSchema.FromFileAsync(SchemaPath).GetAwaiter().GetResult());

    public static string SchemaPath => Path.Combine(RepositoryRoot(), "..", "shared", "schemas", "adaptive-card-1.5.0.json");

    public static ICollection<ValidationError> Validate(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        return _schema.Value.Validate(copy.ToJsonString());
    }

    /// <summary>The folder holding TeamsCert.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsCert.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"TeamsCert.sln not found above {AppContext.BaseDirectory}");
    }
}
