using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsCert.Domain;

namespace TeamsCert.Cli.Manifest;

/// <summary>
/// Builds the Teams app package from the <c>manifest/</c> template copied beside the binaries: fills every
/// <c>${{NAME}}</c>, refuses a placeholder without a value, and zips manifest.json, its localization files and the two
/// icons at the root. Entries carry a fixed timestamp so the same values always give the same bytes and SHA-256.
/// </summary>
public static partial class ManifestPackage
{
    private const string ManifestFile = "manifest.json";
    private static readonly DateTimeOffset _entryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string TemplateFolder => Path.Combine(AppContext.BaseDirectory, "manifest");

    public static ManifestPackResult Pack(string templateFolder, IReadOnlyDictionary<string, string> values, string output)
    {
        var manifestText = Fill(ManifestFile, File.ReadAllText(Path.Combine(templateFolder, ManifestFile)), values);
        var manifest = JsonNode.Parse(manifestText)!.AsObject();
        var entries = new List<(string Name, byte[] Content)> { (ManifestFile, Encoding.UTF8.GetBytes(manifestText)) };
        foreach (var file in LocalizationFiles(manifest))
        {
            var text = Fill(file, File.ReadAllText(Path.Combine(templateFolder, file)), values);
            JsonNode.Parse(text);
            entries.Add((file, Encoding.UTF8.GetBytes(text)));
        }

        foreach (var icon in new[] { "color", "outline" })
        {
            var file = manifest["icons"]?[icon]?.GetValue<string>()
                ?? throw new InvalidDataException($"manifest.json has no icons.{icon}");
            entries.Add((file, File.ReadAllBytes(Path.Combine(templateFolder, file))));
        }

        var full = Write(output, entries);
        var bytes = File.ReadAllBytes(full);
        return new ManifestPackResult(
            full,
            manifest["manifestVersion"]?.GetValue<string>() ?? string.Empty,
            [.. entries.Select(e => e.Name)],
            values,
            bytes.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Replaces each placeholder; one the values do not cover is refused and named, never left in the package.</summary>
    public static string Fill(string file, string template, IReadOnlyDictionary<string, string> values)
    {
        var filled = Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value
            : throw new InvalidInputException(match.Groups[1].Value,
                $"{file} 中的占位符 {match.Value} 没有取值 / placeholder {match.Value} in {file} has no value"));
        var left = filled.IndexOf("${{", StringComparison.Ordinal);
        return left < 0
            ? filled
            : throw new InvalidInputException(file, $"{file} 中仍有未填的占位符：{Excerpt(filled, left)} / {file} still holds an unfilled placeholder: {Excerpt(filled, left)}");
    }

    private static IEnumerable<string> LocalizationFiles(JsonObject manifest)
    {
        var info = manifest["localizationInfo"];
        if (info?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
        {
            yield return defaultFile;
        }

        foreach (var language in info?["additionalLanguages"]?.AsArray() ?? [])
        {
            yield return language!["file"]!.GetValue<string>();
        }
    }

    private static string Write(string output, List<(string Name, byte[] Content)> entries)
    {
        var full = Path.GetFullPath(output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = File.Create(full);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = _entryTime;
                using var entryStream = entry.Open();
                entryStream.Write(content);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException("out", $"无法写入 {output} / cannot write {output}: {ex.Message}");
        }

        return full;
    }

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(40, text.Length - at));

    [GeneratedRegex(@"\$\{\{([A-Z][A-Z0-9_]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
