namespace TeamsCert.Web.Links;

/// <summary>The portal address of a token: <c>{App:PublicBaseUrl or the request's base}/portal/{token}</c>.</summary>
public static class PortalUrls
{
    public static Uri For(string token, IConfiguration configuration, HttpRequest request)
    {
        var configured = configuration["App:PublicBaseUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;
        return new Uri($"{root.TrimEnd('/')}/portal/{token}");
    }
}
