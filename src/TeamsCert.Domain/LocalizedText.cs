namespace TeamsCert.Domain;

/// <summary>A user-facing text in Simplified Chinese (shown first) and English.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;

    public override string ToString() => ZhCn;
}
