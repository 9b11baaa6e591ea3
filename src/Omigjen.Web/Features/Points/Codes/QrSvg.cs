using QRCoder;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>A QR code as inline SVG, drawn on the server: no script, sharp at any size, scales with its box.</summary>
public static class QrSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
