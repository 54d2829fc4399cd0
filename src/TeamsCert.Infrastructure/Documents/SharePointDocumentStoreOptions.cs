namespace TeamsCert.Infrastructure.Documents;

/// <summary>Section <c>Documents:SharePoint</c>: a site's document library reached through Microsoft Graph.</summary>
public sealed class SharePointDocumentStoreOptions
{
    public const string Section = "Documents:SharePoint";

    public string? SiteId { get; set; }

    /// <summary>The library's drive id; when empty, <see cref="LibraryName"/> finds it among the site's drives.</summary>
    public string? DriveId { get; set; }

    /// <summary>The library's display name, e.g. <c>认证档案</c> (used when <see cref="DriveId"/> is empty).</summary>
    public string? LibraryName { get; set; }

    /// <summary>The folder in the library under which each case gets its own folder.</summary>
    public string RootFolder { get; set; } = "TeamsCert";

    /// <summary>With <see cref="ClientId"/> and <see cref="ClientSecret"/>: an app registration; otherwise DefaultAzureCredential.</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Graph endpoint; tests point it at a local server.</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");
}
