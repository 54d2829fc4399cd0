using NJsonSchema;
using NJsonSchema.References;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// Resolves a schema's remote <c>$ref</c> (https://developer.microsoft.com/…/json-schemas/teams/v1.30/X.json) to the same
/// file in the npm package, and refuses every other URL: schema tests never touch the network.
/// </summary>
internal sealed class LocalSchemaResolver(JsonSchemaAppender appender, string teamsSchemas) : JsonReferenceResolver(appender)
{
    private const string Marker = "/json-schemas/teams/";

    public static Func<JsonSchema, JsonReferenceResolver> Factory(string teamsSchemas) =>
        schema => new LocalSchemaResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()), teamsSchemas);

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
    {
        var at = url.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            throw new InvalidOperationException($"Remote $ref {url} has no copy in the npm package; the tests do not fetch it.");
        }

        var relative = url[(at + Marker.Length)..].Split('#')[0];
        return ResolveFileReferenceAsync(Path.Combine(teamsSchemas, relative), cancellationToken);
    }
}
