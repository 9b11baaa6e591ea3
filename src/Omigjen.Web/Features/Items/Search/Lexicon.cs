using System.IO.Compression;
using System.Text;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// The Norwegian bokmål word forms compounds are split into: lower-case, letters only, at least three letters, and which
/// of them the dictionary lets begin a compound ("telt", "bade", "lands"; not "som" or "ski"). Made at build time from the
/// npm package <c>@cspell/dict-nb-no</c> (GPL-3.0-or-later) by <c>make-lexicon.mjs</c> into obj/ and shipped beside the
/// assembly as a data file under that package's licence (<see cref="FileName"/>); the program only reads it.
/// </summary>
/// <remarks>
/// Measured with @cspell/dict-nb-no 2.0.6: 916,220 forms, 80,684 of them beginning compounds; 2.3 MiB compressed;
/// about 11 s to make at the first build (skipped while the package is unchanged).
/// </remarks>
public sealed class Lexicon
{
    /// <summary>Where the build puts the lexicon, relative to the application's base directory.</summary>
    public const string FileName = "lexicon/nb-words.txt.gz";

    private static readonly Lazy<Lexicon> Shipped = new(() => Load(Path.Combine(AppContext.BaseDirectory, FileName)));

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compounding = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _compoundingLookup;

    /// <summary>A lexicon of lines as the file has them: a word, with "+" after it when it may begin a compound.</summary>
    public Lexicon(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (line[^1] == '+')
            {
                var word = line[..^1];
                _words.Add(word);
                _compounding.Add(word);
            }
            else
            {
                _words.Add(line);
            }
        }
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _compoundingLookup = _compounding.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon the build ships; read once, on first use.</summary>
    public static Lexicon Norwegian => Shipped.Value;

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _wordLookup.Contains(word);

    /// <summary>Whether the dictionary lets this form begin a compound.</summary>
    public bool BeginsCompounds(ReadOnlySpan<char> word) => _compoundingLookup.Contains(word);

    /// <summary>Reads a gzip-compressed file of one line per word form.</summary>
    public static Lexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Norwegian lexicon is missing ({path}). It is made when src/Omigjen.Web is built (npm ci installs @cspell/dict-nb-no, then make-lexicon.mjs writes it): run dotnet build.");
        }
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return new Lexicon(Lines(reader));

        static IEnumerable<string> Lines(StreamReader reader)
        {
            while (reader.ReadLine() is { } line) yield return line;
        }
    }
}
