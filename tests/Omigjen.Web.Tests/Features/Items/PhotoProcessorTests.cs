using Omigjen.Web.Features.Items.Photos;
using SkiaSharp;

namespace Omigjen.Web.Tests.Features.Items;

public sealed class PhotoProcessorTests
{
    [Theory]
    [InlineData(1, 300, 200, "left-red")]
    [InlineData(2, 300, 200, "left-blue")]
    [InlineData(3, 300, 200, "left-blue")]
    [InlineData(4, 300, 200, "left-red")]
    [InlineData(5, 200, 300, "top-red")]
    [InlineData(6, 200, 300, "top-red")]
    [InlineData(7, 200, 300, "top-blue")]
    [InlineData(8, 200, 300, "top-blue")]
    public void Every_exif_orientation_comes_out_upright(ushort orientation, int width, int height, string where)
    {
        var result = PhotoProcessor.Process(PhotoTestImages.JpegWithExif(300, 200, orientation));

        Assert.True(result.Ok, result.Rejection?.En);
        Assert.Equal((width, height), (result.Photo!.Width, result.Photo.Height));
        using var jpeg = SKBitmap.Decode(result.Photo.Files.Single(f => f.Name == "1280.jpg").Content);
        Assert.Equal((width, height), (jpeg.Width, jpeg.Height));
        // Stored left half red and right half blue; each orientation moves the halves somewhere else.
        var (first, second) = where.StartsWith("left", StringComparison.Ordinal)
            ? (jpeg.GetPixel(width / 4, height / 2), jpeg.GetPixel(width * 3 / 4, height / 2))
            : (jpeg.GetPixel(width / 2, height / 4), jpeg.GetPixel(width / 2, height * 3 / 4));
        var redFirst = where.EndsWith("red", StringComparison.Ordinal);
        Assert.True(IsRed(redFirst ? first : second), $"expected red, got {(redFirst ? first : second)}");
        Assert.True(IsBlue(redFirst ? second : first), $"expected blue, got {(redFirst ? second : first)}");
    }

    [Fact]
    public void The_files_carry_no_metadata_of_the_original()
    {
        var original = PhotoTestImages.JpegWithExif(2000, 1500, orientation: 1);
        Assert.True(PhotoTestImages.Contains(original, "Exif"));
        Assert.True(PhotoTestImages.Contains(original, "GPS"));
        Assert.True(PhotoTestImages.Contains(original, PhotoTestImages.GpsSecondsBytes));

        var result = PhotoProcessor.Process(original);

        Assert.True(result.Ok);
        Assert.Equal(6, result.Photo!.Files.Count);
        foreach (var file in result.Photo.Files)
        {
            Assert.False(PhotoTestImages.Contains(file.Content, "Exif"), file.Name);
            Assert.False(PhotoTestImages.Contains(file.Content, "GPS"), file.Name);
            Assert.False(PhotoTestImages.Contains(file.Content, PhotoTestImages.CameraMake), file.Name);
            Assert.False(PhotoTestImages.Contains(file.Content, PhotoTestImages.GpsSecondsBytes), file.Name);
            using var codec = SKCodec.Create(SKData.CreateCopy(file.Content));
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        }
        Assert.Equal((1280, 960), (result.Photo.Width, result.Photo.Height));
        Assert.Equal(["1280.jpg", "1280.webp", "320.jpg", "320.webp", "640.jpg", "640.webp"], result.Photo.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
        using var small = SKBitmap.Decode(result.Photo.Files.Single(f => f.Name == "320.webp").Content);
        Assert.Equal((320, 240), (small.Width, small.Height));
    }

    [Fact]
    public void A_small_photo_is_never_enlarged_but_every_name_exists()
    {
        using var bitmap = PhotoTestImages.TwoColours(500, 250);
        var result = PhotoProcessor.Process(PhotoTestImages.Encode(bitmap, SKEncodedImageFormat.Png));

        Assert.True(result.Ok);
        Assert.Equal((500, 250), (result.Photo!.Width, result.Photo.Height));
        var widths = result.Photo.Files.Where(f => f.Name.EndsWith(".webp", StringComparison.Ordinal))
            .ToDictionary(f => f.Name, f => { using var b = SKBitmap.Decode(f.Content); return b.Width; });
        Assert.Equal(320, widths["320.webp"]);
        Assert.Equal(500, widths["640.webp"]);
        Assert.Equal(500, widths["1280.webp"]);
    }

    [Fact]
    public void Webp_is_read()
    {
        using var bitmap = PhotoTestImages.TwoColours(900, 600);
        var result = PhotoProcessor.Process(PhotoTestImages.Encode(bitmap, SKEncodedImageFormat.Webp));
        Assert.True(result.Ok);
        Assert.Equal((900, 600), (result.Photo!.Width, result.Photo.Height));
    }

    [Fact]
    public void Text_and_other_formats_are_not_images()
    {
        Assert.Same(PhotoProcessor.NotAnImage, PhotoProcessor.Process("Dette er en handleliste, ikke et bilde."u8.ToArray()).Rejection);
        Assert.Same(PhotoProcessor.NotAnImage, PhotoProcessor.Process([]).Rejection);
        // A valid 1×1 GIF: an image, but not one of the formats taken.
        byte[] gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0x21, 0xF9, 4, 1, 0, 0, 0, 0,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B];
        Assert.Same(PhotoProcessor.NotAnImage, PhotoProcessor.Process(gif).Rejection);
    }

    [Theory]
    [InlineData(30000, 30000)]
    [InlineData(12001, 10)]
    [InlineData(10, 12001)]
    [InlineData(8000, 7000)]
    public void A_file_claiming_too_many_pixels_is_refused_from_its_header(int width, int height)
    {
        var bomb = PhotoTestImages.PngClaiming(width, height);
        Assert.True(bomb.Length < 200);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = PhotoProcessor.Process(bomb);
        Assert.Same(PhotoProcessor.TooManyPixels, result.Rejection);
        // Decoding 900 megapixels would take gigabytes and seconds; reading the header takes next to nothing.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
    }

    [Fact]
    public void A_png_within_the_limits_with_the_same_construction_is_read()
    {
        // The crafted files above are refused for their size, not for being malformed.
        var small = PhotoTestImages.PngClaiming(16, 16);
        var result = PhotoProcessor.Process(small);
        Assert.True(result.Ok, result.Rejection?.En);
        Assert.Equal((16, 16), (result.Photo!.Width, result.Photo.Height));
    }

    [Fact]
    public async Task An_upload_is_counted_while_read_and_stops_after_15_MB()
    {
        var endless = new EndlessStream();
        var result = await PhotoProcessor.ProcessAsync(endless);
        Assert.Same(PhotoProcessor.TooLarge, result.Rejection);
        Assert.True(endless.BytesRead <= PhotoProcessor.MaxBytes + 81920 * 2, $"read {endless.BytesRead} bytes");

        var exactly = new byte[PhotoProcessor.MaxBytes + 1];
        Assert.Same(PhotoProcessor.TooLarge, (await PhotoProcessor.ProcessAsync(new MemoryStream(exactly))).Rejection);
    }

    private static bool IsRed(SKColor c) => c.Red > 180 && c.Blue < 90 && c.Green < 90;

    private static bool IsBlue(SKColor c) => c.Blue > 180 && c.Red < 90 && c.Green < 90;

    /// <summary>A stream that never ends (like an upload that keeps coming) and counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { Array.Fill(buffer, (byte)0xFF, offset, count); BytesRead += count; return count; }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
