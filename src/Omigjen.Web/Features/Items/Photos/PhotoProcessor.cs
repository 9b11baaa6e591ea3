using SkiaSharp;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>One stored file of a photo: <c>{width}.{ext}</c> and its bytes.</summary>
public sealed record PhotoFile(string Name, byte[] Content);

/// <summary>A photo ready to store: the files and the size of the largest.</summary>
public sealed record ProcessedPhoto(int Width, int Height, IReadOnlyList<PhotoFile> Files);

/// <summary>Why an upload was refused, in both languages.</summary>
public sealed record PhotoRejection(string Nb, string En)
{
    public string Text => Infrastructure.L.T(Nb, En);
}

/// <summary>Either a processed photo or the reason it was refused.</summary>
public sealed record PhotoResult(ProcessedPhoto? Photo, PhotoRejection? Rejection)
{
    public bool Ok => Photo is not null;
}

/// <summary>
/// Checks an uploaded photo and makes the stored sizes. The upload is counted while it is read (at most
/// <see cref="MaxBytes"/>), must be a JPEG, PNG, WebP (or HEIC, where the image library reads it), and its dimensions are
/// read from the header before any pixel is decoded, so a small file that claims a huge image (a decompression bomb) is
/// refused cheaply. The photo is turned upright by its EXIF orientation and re-encoded from pixels: nothing of the original
/// file's metadata (EXIF, GPS position, camera, comments) survives.
/// </summary>
public static class PhotoProcessor
{
    public const long MaxBytes = 15L * 1024 * 1024;
    public const long MaxPixels = 50_000_000;
    public const int MaxSide = 12_000;
    public const int WebpQuality = 75;
    public const int JpegQuality = 80;

    public static readonly PhotoRejection TooLarge = new("Bilde: bildet er større enn 15 MB.", "Photo: the image is larger than 15 MB.");
    public static readonly PhotoRejection NotAnImage = new("Bilde: filen er ikke et bilde (JPEG, PNG eller WebP).",
        "Photo: the file is not an image (JPEG, PNG or WebP).");
    public static readonly PhotoRejection TooManyPixels = new(
        "Bilde: bildet har for mange piksler (høyst 50 megapiksler og 12 000 piksler på den lengste siden).",
        "Photo: the image has too many pixels (at most 50 megapixels and 12,000 pixels on the longest side).");
    public static readonly PhotoRejection Damaged = new("Bilde: bildet er skadet eller ufullstendig. Prøv å ta bildet på nytt.",
        "Photo: the image is damaged or incomplete. Try taking the photo again.");

    // HEIC is taken only where the image library's build for the platform reads it, so the messages name only the
    // formats that are always read; phones usually send JPEG when a page asks for image/*.
    private static readonly SKEncodedImageFormat[] Accepted =
        [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Heif];

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>Reads at most <see cref="MaxBytes"/> from <paramref name="input"/> and processes the photo.</summary>
    public static async Task<PhotoResult> ProcessAsync(Stream input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await ReadLimitedAsync(input, ct);
        return bytes is null ? new PhotoResult(null, TooLarge) : Process(bytes);
    }

    /// <summary>Processes a photo already in memory (at most <see cref="MaxBytes"/>).</summary>
    public static PhotoResult Process(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > MaxBytes) return new PhotoResult(null, TooLarge);
        if (bytes.Length == 0) return new PhotoResult(null, NotAnImage);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat)) return new PhotoResult(null, NotAnImage);

        // The header alone tells the size: refuse before decoding anything.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return new PhotoResult(null, NotAnImage);
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels) return new PhotoResult(null, TooManyPixels);

        var origin = codec.EncodedOrigin;
        var turned = Turns(origin);
        var (uprightWidth, uprightHeight) = turned ? (height, width) : (width, height);

        using var decoded = Decode(codec, Math.Min(PhotoVariants.Largest, uprightWidth), turned);
        if (decoded is null) return new PhotoResult(null, Damaged);
        using var image = SKImage.FromBitmap(decoded);

        var files = new List<PhotoFile>();
        var (largestWidth, largestHeight) = (0, 0);
        foreach (var target in PhotoVariants.Widths)
        {
            var w = Math.Min(target, uprightWidth);
            var h = (int)Math.Max(1, Math.Round((double)uprightHeight * w / uprightWidth));
            using var resized = Render(image, origin, turned, w, h);
            using var pixels = resized.PeekPixels();
            files.Add(new PhotoFile(PhotoVariants.FileName(target, "webp"),
                Bytes(pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebpQuality)))));
            files.Add(new PhotoFile(PhotoVariants.FileName(target, "jpg"),
                Bytes(pixels.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)))));
            if (w >= largestWidth) (largestWidth, largestHeight) = (w, h);
        }
        return new PhotoResult(new ProcessedPhoto(largestWidth, largestHeight, files), null);
    }

    private static byte[] Bytes(SKData? encoded)
    {
        using var data = encoded ?? throw new InvalidOperationException("The image library could not encode the photo.");
        return data.ToArray();
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream input, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            total += read;
            if (total > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Decodes the pixels, at a reduced scale where the format allows it (JPEG) and the largest size still fits.</summary>
    private static SKBitmap? Decode(SKCodec codec, int neededUprightWidth, bool turned)
    {
        var full = codec.Info.Size;
        var size = full;
        foreach (var scale in new[] { 0.125f, 0.25f, 0.5f })
        {
            var scaled = codec.GetScaledDimensions(scale);
            var uprightWidth = turned ? scaled.Height : scaled.Width;
            if (scaled.Width < full.Width && uprightWidth >= neededUprightWidth)
            {
                size = scaled;
                break;
            }
        }
        var bitmap = TryDecode(codec, size);
        if (bitmap is null && size != full) bitmap = TryDecode(codec, full);
        return bitmap;
    }

    private static SKBitmap? TryDecode(SKCodec codec, SKSizeI size)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>Draws the decoded photo upright at <paramref name="width"/> × <paramref name="height"/> on white (no transparency in JPEG).</summary>
    private static SKBitmap Render(SKImage image, SKEncodedOrigin origin, bool turned, int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        var (uprightWidth, uprightHeight) = turned ? (image.Height, image.Width) : (image.Width, image.Height);
        canvas.Scale((float)width / uprightWidth, (float)height / uprightHeight);
        var orient = Orientation(origin, image.Width, image.Height);
        canvas.Concat(in orient);
        canvas.DrawImage(image, 0, 0, Sampling, null);
        canvas.Flush();
        return bitmap;
    }

    /// <summary>True when the stored pixels are on their side (EXIF orientations 5–8).</summary>
    public static bool Turns(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Maps stored pixels (<paramref name="w"/> × <paramref name="h"/>) to the upright picture, for each EXIF orientation.</summary>
    public static SKMatrix Orientation(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
