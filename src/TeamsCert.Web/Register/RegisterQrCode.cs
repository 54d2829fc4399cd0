using QRCoder;

namespace TeamsCert.Web.Register;

/// <summary>The verification address as an inline SVG QR code (error correction M), drawn from the address alone.</summary>
public static class RegisterQrCode
{
    public static string Svg(Uri verifyUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(verifyUrl.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
