using TeamsCert.Web.Edge;

namespace TeamsCert.Web.Register;

/// <summary>The verification address of a certificate: <c>{App:PublicBaseUrl}/register/{number}</c>, never the request's Host.</summary>
public static class RegisterUrls
{
    public static Uri For(string number, PublicAddressOptions address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.For($"register/{Uri.EscapeDataString(number)}");
    }
}
