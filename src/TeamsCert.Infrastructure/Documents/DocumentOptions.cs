namespace TeamsCert.Infrastructure.Documents;

/// <summary>Section <c>Documents</c>: which store holds document bytes and how large each purpose's files may be.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    public const long Megabyte = 1024 * 1024;

    /// <summary><c>Local</c> (default: <c>{App:DataFolder}/documents</c>), <c>Blob</c> or <c>SharePoint</c>.</summary>
    public string Provider { get; set; } = "Local";

    /// <summary>
    /// <c>Documents:MaxBytes:{purpose}</c>: the size limit per purpose; the keys are also the purposes accepted. Defaults:
    /// 250 MB for documents and evidence, 50 MB for forms and plans.
    /// </summary>
    public Dictionary<string, long> MaxBytes { get; set; } = new(StringComparer.Ordinal)
    {
        ["application-form"] = 50 * Megabyte,
        ["required-document"] = 250 * Megabyte,
        ["corrective-action-evidence"] = 250 * Megabyte,
        ["audit-plan"] = 50 * Megabyte,
        ["audit-programme"] = 50 * Megabyte,
        ["other"] = 250 * Megabyte,
    };

    /// <summary><c>Documents:DownloadLinkMinutes</c>: lifetime of a direct download link (Blob SAS), default 5.</summary>
    public int DownloadLinkMinutes { get; set; } = 5;
}
