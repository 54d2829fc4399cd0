using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>Registers the document store chosen by <c>Documents:Provider</c> and the upload and download use cases.</summary>
public static class DocumentsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddTeamsCertDocuments(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataFolder = Path.GetFullPath(config["App:DataFolder"] ?? "data", builder.Environment.ContentRootPath);
        var provider = config["Documents:Provider"] ?? "Local";
        builder.Services.AddOptions<DocumentOptions>().Bind(config.GetSection(DocumentOptions.Section))
            .Validate(o => o.Provider is "Local" or "Blob" or "SharePoint", "Documents:Provider must be Local, Blob or SharePoint")
            .Validate(o => o.MaxBytes.Values.All(v => v > 0), "Documents:MaxBytes:{purpose} must be a positive number of bytes")
            .Validate(o => o.DownloadLinkMinutes is > 0 and <= 60, "Documents:DownloadLinkMinutes must be between 1 and 60")
            .ValidateOnStart();
        builder.Services.AddOptions<LocalDocumentStoreOptions>().Bind(config.GetSection(LocalDocumentStoreOptions.Section))
            .PostConfigure(o => o.Path = Path.GetFullPath(o.Path ?? Path.Combine(dataFolder, "documents"), builder.Environment.ContentRootPath));
        builder.Services.AddOptions<BlobDocumentStoreOptions>().Bind(config.GetSection(BlobDocumentStoreOptions.Section))
            .Validate(o => provider != "Blob" || !string.IsNullOrWhiteSpace(o.ConnectionString) || o.ServiceUri is not null,
                "Documents:Blob:ConnectionString or Documents:Blob:ServiceUri is required when Documents:Provider is Blob")
            .Validate(o => provider != "Blob" || !string.IsNullOrWhiteSpace(o.Container), "Documents:Blob:Container must not be empty")
            .ValidateOnStart();
        builder.Services.AddOptions<SharePointDocumentStoreOptions>().Bind(config.GetSection(SharePointDocumentStoreOptions.Section))
            .Validate(o => provider != "SharePoint" || !string.IsNullOrWhiteSpace(o.DriveId) || (!string.IsNullOrWhiteSpace(o.SiteId) && !string.IsNullOrWhiteSpace(o.LibraryName)),
                "Documents:SharePoint:DriveId, or Documents:SharePoint:SiteId with Documents:SharePoint:LibraryName, is required when Documents:Provider is SharePoint")
            .Validate(o => provider != "SharePoint" || string.IsNullOrWhiteSpace(o.ClientSecret) || (!string.IsNullOrWhiteSpace(o.TenantId) && !string.IsNullOrWhiteSpace(o.ClientId)),
                "Documents:SharePoint:TenantId and Documents:SharePoint:ClientId are required with Documents:SharePoint:ClientSecret")
            .ValidateOnStart();
        builder.Services.AddSingleton<IDocumentStore>(sp => provider switch
        {
            "Blob" => new BlobDocumentStore(sp.GetRequiredService<IOptions<BlobDocumentStoreOptions>>().Value),
            "SharePoint" => SharePoint(sp),
            _ => new LocalDocumentStore(sp.GetRequiredService<IOptions<LocalDocumentStoreOptions>>().Value.Path!),
        });
        builder.Services.AddScoped<DocumentUploads>();
        builder.Services.AddScoped<DocumentDownloads>();
        return builder;
    }

    /// <summary>A Graph client on the configured base URL; a <see cref="TokenCredential"/> in the container (tests) wins.</summary>
    public static GraphServiceClient GraphClient(SharePointDocumentStoreOptions options, TokenCredential credential)
    {
        var tokens = new AzureIdentityAccessTokenProvider(credential, [options.GraphBaseUrl.Host], null, true, "https://graph.microsoft.com/.default");
        return new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(tokens), options.GraphBaseUrl.ToString().TrimEnd('/'));
    }

    private static SharePointDocumentStore SharePoint(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<SharePointDocumentStoreOptions>>().Value;
        var credential = sp.GetService<TokenCredential>() ?? (string.IsNullOrWhiteSpace(options.ClientSecret)
            ? new DefaultAzureCredential()
            : new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret));
        return new SharePointDocumentStore(GraphClient(options, credential), options);
    }
}
