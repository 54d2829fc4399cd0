using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>
/// The bot endpoint's request-body limit (<c>Bot:MaxBodyBytes</c>) as endpoint metadata: routing hands it to the server
/// (<c>IHttpMaxRequestBodySizeFeature</c>), which refuses a longer body with 413 when it is read.
/// </summary>
internal sealed class BotBodyLimit(IOptionsMonitor<BotOptions> options) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => options.CurrentValue.MaxBodyBytes;
}
