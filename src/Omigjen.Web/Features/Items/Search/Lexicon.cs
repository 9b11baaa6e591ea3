using System.IO.Compression;
using System.Numerics;
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
/// about 11 s to make at the first build (skipped while the package is unchanged); 0.6 s to read and 35 MiB of heap.
/// </remarks>
public sealed class Lexicon
{
    /// <summary>Where the build puts the lexicon, relative to the application's base directory.</summary>
    public const string FileName = "lexicon/nb-words.txt.gz";

    private static readonly Lazy<Lexicon> Shipped = new(() => Load(Path.Combine(AppContext.BaseDirectory, FileName)));

    // Nearly a million forms as strings in a HashSet took 74 MiB of heap; as one character array with offsets and an
    // open-addressing table of indexes they take about half, and a lookup still hashes the span once.
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly bool[] _compounding;
    private readonly int[] _slots;
    private readonly int _count;

    /// <summary>A lexicon of lines as the file has them: a word, with "+" after it when it may begin a compound.</summary>
    public Lexicon(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var chars = new List<char>(capacity: 1 << 20);
        var starts = new List<int>(capacity: 1 << 16) { 0 };
        var compounding = new List<bool>(capacity: 1 << 16);
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            var begins = line[^1] == '+';
            var word = begins ? line.AsSpan(0, line.Length - 1) : line.AsSpan();
            if (word.Length == 0) continue;
            foreach (var c in word) chars.Add(c);
            starts.Add(chars.Count);
            compounding.Add(begins);
        }
        _chars = [.. chars];
        _starts = [.. starts];
        _compounding = [.. compounding];
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, compounding.Count * 2))];
        for (var n = 0; n < compounding.Count; n++)
        {
            var seen = IndexOf(Word(n));
            if (seen >= 0)
            {
                _compounding[seen] |= _compounding[n]; // a repeated line
                continue;
            }
            var slot = Slot(Word(n));
            while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = n + 1;
            _count++;
        }
    }

    /// <summary>The lexicon the build ships; read once, on first use.</summary>
    public static Lexicon Norwegian => Shipped.Value;

    /// <summary>How many distinct forms it has.</summary>
    public int Count => _count;

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>Whether the dictionary lets this form begin a compound.</summary>
    public bool BeginsCompounds(ReadOnlySpan<char> word) => IndexOf(word) is var n && n >= 0 && _compounding[n];

    private ReadOnlySpan<char> Word(int n) => _chars.AsSpan(_starts[n], _starts[n + 1] - _starts[n]);

    private int Slot(ReadOnlySpan<char> word) => string.GetHashCode(word) & (_slots.Length - 1);

    private int IndexOf(ReadOnlySpan<char> word)
    {
        for (var slot = Slot(word); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            var n = _slots[slot] - 1;
            if (word.SequenceEqual(Word(n))) return n;
        }
        return -1;
    }

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
