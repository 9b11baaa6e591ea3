using Microsoft.Extensions.Options;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>Where photo files live. Keys come from <see cref="PhotoVariants.NewKey"/> and names from <see cref="PhotoVariants.FileName"/>.</summary>
public interface IPhotoStore
{
    /// <summary>Stores all files of one photo under a new key; the set appears at once or not at all.</summary>
    Task SaveAsync(string key, IReadOnlyList<PhotoFile> files, CancellationToken ct = default);

    /// <summary>One file of a photo, or null when there is no such file.</summary>
    Task<Stream?> OpenAsync(string key, string fileName, CancellationToken ct = default);

    /// <summary>Removes every file of a photo; nothing happens for an unknown key.</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);
}

public sealed class PhotoOptions
{
    public const string Section = "Photos";

    /// <summary>Folder for <see cref="DiskPhotoStore"/>; relative paths are under the app's content root.</summary>
    public string Path { get; set; } = "data/photos";
}

/// <summary>Photos as files on disk: <c>{root}/{first two hex digits}/{key}/{width}.{ext}</c>.</summary>
public sealed class DiskPhotoStore(IOptions<PhotoOptions> options, IWebHostEnvironment environment) : IPhotoStore
{
    private readonly string _root = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path));

    public async Task SaveAsync(string key, IReadOnlyList<PhotoFile> files, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var folder = Folder(key);
        // Write into a temporary folder beside the final one, then move it into place in one step.
        var temporary = folder + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(temporary);
        try
        {
            foreach (var file in files)
            {
                if (!PhotoVariants.IsFileName(file.Name)) throw new ArgumentException($"Not a photo file name: {file.Name}", nameof(files));
                await File.WriteAllBytesAsync(System.IO.Path.Combine(temporary, file.Name), file.Content, ct);
            }
            Directory.Move(temporary, folder);
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    public Task<Stream?> OpenAsync(string key, string fileName, CancellationToken ct = default)
    {
        if (!PhotoVariants.IsKey(key) || !PhotoVariants.IsFileName(fileName)) return Task.FromResult<Stream?>(null);
        var path = System.IO.Path.Combine(Folder(key), fileName);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 16384, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        var folder = Folder(key);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    private string Folder(string key)
    {
        if (!PhotoVariants.IsKey(key)) throw new ArgumentException("Not a photo key.", nameof(key));
        return System.IO.Path.Combine(_root, key[..2], key);
    }
}
