namespace Omigjen.Web.Features.Items.Photos;

/// <summary>A stored photo: its key and the size of the largest file.</summary>
public sealed record StoredPhoto(string Key, int Width, int Height);

/// <summary>Turns an upload into stored files, a few at a time (decoding a large photo takes memory and CPU).</summary>
public sealed partial class PhotoUploads(IPhotoStore store, ILogger<PhotoUploads> logger)
{
    private static readonly SemaphoreSlim Gate = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>Checks and stores the photo; the rejection says why it was refused.</summary>
    public async Task<(StoredPhoto? Photo, PhotoRejection? Rejection)> StoreAsync(Stream input, CancellationToken ct = default)
    {
        await Gate.WaitAsync(ct);
        try
        {
            var result = await PhotoProcessor.ProcessAsync(input, ct);
            if (result.Photo is not { } photo) return (null, result.Rejection);
            var key = PhotoVariants.NewKey();
            await store.SaveAsync(key, photo.Files, ct);
            return (new StoredPhoto(key, photo.Width, photo.Height), null);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Deletes a photo's files; a failure is logged, not thrown (the row is gone already, the files only take space).</summary>
    public async Task DeleteAsync(string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogDeleteFailed(logger, key, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the files of photo {Key}")]
    private static partial void LogDeleteFailed(ILogger logger, string key, Exception exception);
}
