namespace TeamsCert.Web.Register;

/// <summary>The verification address of a certificate: <c>{Cards:PublicBaseUrl or the request's base}/register/{number}</c>.</summary>
public static class RegisterUrls
{
    public static Uri For(string number, IConfiguration configuration, HttpRequest request)
    {
        var configured = configuration["Cards:PublicBaseUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;
        return new Uri($"{root.TrimEnd('/')}/register/{Uri.EscapeDataString(number)}");
    }
}
