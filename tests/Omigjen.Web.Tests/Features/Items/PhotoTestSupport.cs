using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Omigjen.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The app with its photo store in a temporary folder of its own, removed afterwards.</summary>
public abstract class PhotoAppFactory(DatabaseKind kind) : AppFactory(kind)
{
    public string PhotoRoot { get; } = Path.Combine(Path.GetTempPath(), $"omigjen-photos-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Photos:Path", PhotoRoot);
    }

    /// <summary>The folder of one stored photo.</summary>
    public string PhotoFolder(string key) => Path.Combine(PhotoRoot, key[..2], key);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(PhotoRoot)) Directory.Delete(PhotoRoot, recursive: true);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(PhotoRoot)) Directory.Delete(PhotoRoot, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class PhotoSqliteAppFactory() : PhotoAppFactory(DatabaseKind.Sqlite);

public sealed class PhotoPostgresAppFactory() : PhotoAppFactory(DatabaseKind.Postgres);

/// <summary>Images made in code: real photos with EXIF (orientation, camera, GPS), and files that only pretend.</summary>
public static class PhotoTestImages
{
    public const string CameraMake = "OmigjenTestkamera";
    public const string Description = "GPS 59.8336N 10.4349E hjemme";

    /// <summary>Left half red, right half blue: after turning, where the colours are tells the orientation.</summary>
    public static SKBitmap TwoColours(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using var red = new SKPaint { Color = SKColors.Red };
        using var blue = new SKPaint { Color = SKColors.Blue };
        canvas.DrawRect(0, 0, width / 2f, height, red);
        canvas.DrawRect(width / 2f, 0, width - width / 2f, height, blue);
        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 90)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A JPEG with an EXIF block (APP1) holding the orientation, a camera make, a description and a GPS position.</summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation = 1)
    {
        using var bitmap = TwoColours(width, height);
        var jpeg = Encode(bitmap, SKEncodedImageFormat.Jpeg);
        var tiff = Tiff(orientation);
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        Encoding.ASCII.GetBytes("Exif\0\0").CopyTo(segment, 4);
        tiff.CopyTo(segment, 10);
        // Right after the start-of-image marker, as cameras write it.
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>The GPS latitude's seconds as stored (a rational 4971/100): bytes that only the original carries.</summary>
    public static readonly byte[] GpsSecondsBytes = [0x6B, 0x13, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00];

    private static byte[] Tiff(ushort orientation)
    {
        var description = Encoding.ASCII.GetBytes(Description + "\0");
        var make = Encoding.ASCII.GetBytes(CameraMake + "\0");
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        const int ifd0 = 8, ifd0Entries = 4;
        var dataStart = ifd0 + 2 + ifd0Entries * 12 + 4;
        var descriptionAt = dataStart;
        var makeAt = descriptionAt + description.Length;
        var gpsAt = (makeAt + make.Length + 1) & ~1;
        const int gpsEntries = 4;
        var rationalsAt = gpsAt + 2 + gpsEntries * 12 + 4;

        w.Write("II"u8.ToArray());
        w.Write((ushort)42);
        w.Write(ifd0);
        w.Write((ushort)ifd0Entries);
        Entry(w, 0x010E, 2, (uint)description.Length, (uint)descriptionAt);
        Entry(w, 0x010F, 2, (uint)make.Length, (uint)makeAt);
        Entry(w, 0x0112, 3, 1, orientation);
        Entry(w, 0x8825, 4, 1, (uint)gpsAt);
        w.Write(0u);
        w.Write(description);
        w.Write(make);
        while (ms.Position < gpsAt) w.Write((byte)0);
        w.Write((ushort)gpsEntries);
        Entry(w, 0x0001, 2, 2, 'N');
        Entry(w, 0x0002, 5, 3, (uint)rationalsAt);
        Entry(w, 0x0003, 2, 2, 'E');
        Entry(w, 0x0004, 5, 3, (uint)(rationalsAt + 24));
        w.Write(0u);
        foreach (var (n, d) in new (uint, uint)[] { (59, 1), (50, 1), (4971, 100), (10, 1), (26, 1), (579, 100) })
        {
            w.Write(n);
            w.Write(d);
        }
        w.Flush();
        return ms.ToArray();
    }

    private static void Entry(BinaryWriter w, ushort tag, ushort type, uint count, uint value)
    {
        w.Write(tag);
        w.Write(type);
        w.Write(count);
        w.Write(value);
    }

    /// <summary>A tiny, well-formed PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        Chunk(ms, "IHDR", ihdr);
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(new byte[1024]);
        Chunk(ms, "IDAT", compressed.ToArray());
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public static bool Contains(byte[] haystack, string ascii) => Contains(haystack, Encoding.ASCII.GetBytes(ascii));
}

/// <summary>Submits a form with a file, as a browser does: multipart, with the rendered fields and the antiforgery token.</summary>
public static class PhotoForms
{
    public static async Task<HttpResponseMessage> SubmitWithFileAsync(this HttpClient client, string pageUrl, string formSelector,
        IReadOnlyDictionary<string, string> values, string fileField, string fileName, byte[]? file, string contentType = "image/jpeg")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(values);
        using var page = await client.GetAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} gave {(int)page.StatusCode}");
        var doc = await Forms.ParseAsync(page, pageUrl);
        var form = doc.QuerySelector(formSelector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form '{formSelector}' on {pageUrl}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var fields = Forms.FieldsOf(form, values);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            content.Add(part, fileField, fileName);
        }
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content);
    }
}
