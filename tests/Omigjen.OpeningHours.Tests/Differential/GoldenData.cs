using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Omigjen.OpeningHours.Tests.Differential;

/// <summary>What opening_hours.js said for one (value, instant) pair.</summary>
internal readonly record struct OracleAnswer(char State, string? Comment, long? NextChange, string? Error);

/// <summary>One corpus value with the oracle's answer at every instant of the grid.</summary>
internal sealed record GoldenValue(int Index, string Value, OracleAnswer[] Answers);

/// <summary>
/// The golden files written by tools/opening-hours-oracle (see its README for the format):
/// corpus.txt and oracle.jsonl.gz, copied to the test output directory.
/// </summary>
internal sealed class GoldenData
{
    private static readonly Lazy<GoldenData> Loaded = new(Load);

    private GoldenData(
        string oracle,
        string timeZone,
        double latitude,
        double longitude,
        long nextChangeLimitSeconds,
        long[] instants,
        string groups,
        IReadOnlyList<GoldenValue> values,
        IReadOnlyList<string> corpus)
    {
        Oracle = oracle;
        TimeZone = timeZone;
        Latitude = latitude;
        Longitude = longitude;
        NextChangeLimitSeconds = nextChangeLimitSeconds;
        Instants = instants;
        Groups = groups;
        Values = values;
        Corpus = corpus;
    }

    public static GoldenData Instance => Loaded.Value;

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Golden");

    public string Oracle { get; }
    public string TimeZone { get; }
    public double Latitude { get; }
    public double Longitude { get; }
    public long NextChangeLimitSeconds { get; }
    public long[] Instants { get; }

    /// <summary>One letter per instant: F fortnight, H public holiday or day before, D DST night, R random.</summary>
    public string Groups { get; }

    public IReadOnlyList<GoldenValue> Values { get; }
    public IReadOnlyList<string> Corpus { get; }

    public static IReadOnlyList<string> ReadCorpus() =>
        File.ReadAllLines(Path.Combine(Directory, "corpus.txt"))
            .Where(l => l.Length > 0)
            .ToList();

    private static GoldenData Load()
    {
        var corpus = ReadCorpus();
        using var file = File.OpenRead(Path.Combine(Directory, "oracle.jsonl.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);

        var headerLine = reader.ReadLine() ?? throw new InvalidDataException("oracle.jsonl.gz is empty.");
        using var header = JsonDocument.Parse(headerLine);
        var root = header.RootElement;
        if (root.GetProperty("format").GetInt32() != 1)
        {
            throw new InvalidDataException("Unsupported golden format.");
        }

        var instants = root.GetProperty("instants").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var groups = root.GetProperty("groups").GetString()!;
        if (groups.Length != instants.Length)
        {
            throw new InvalidDataException("Header groups and instants differ in length.");
        }

        var values = new List<GoldenValue>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            var comments = e.GetProperty("c").EnumerateArray().Select(c => c.GetString()!).ToArray();
            var answers = Expand(e.GetProperty("r").GetString()!, comments, instants.Length);
            values.Add(new GoldenValue(e.GetProperty("i").GetInt32(), e.GetProperty("v").GetString()!, answers));
        }

        return new GoldenData(
            root.GetProperty("oracle").GetString()!,
            root.GetProperty("timeZone").GetString()!,
            double.Parse(root.GetProperty("latitude").GetString()!, CultureInfo.InvariantCulture),
            double.Parse(root.GetProperty("longitude").GetString()!, CultureInfo.InvariantCulture),
            root.GetProperty("nextChangeLimitSeconds").GetInt64(),
            instants,
            groups,
            values,
            corpus);
    }

    /// <summary>Expands the run-length encoded result list: entries "state[comment][&gt;next][*count]".</summary>
    private static OracleAnswer[] Expand(string encoded, string[] comments, int expected)
    {
        var answers = new OracleAnswer[expected];
        var n = 0;
        foreach (var entry in encoded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var repeat = 1;
            var body = entry;
            var star = entry.IndexOf('*', StringComparison.Ordinal);
            if (star >= 0)
            {
                repeat = int.Parse(entry.AsSpan(star + 1), CultureInfo.InvariantCulture);
                body = entry[..star];
            }

            var state = body[0];
            var rest = body[1..];
            long? next = null;
            var gt = rest.IndexOf('>', StringComparison.Ordinal);
            if (gt >= 0)
            {
                next = long.Parse(rest.AsSpan(gt + 1), CultureInfo.InvariantCulture);
                rest = rest[..gt];
            }

            string? comment = rest.Length == 0 ? null : comments[int.Parse(rest, CultureInfo.InvariantCulture)];
            var answer = state == 'x'
                ? new OracleAnswer('x', null, null, comment)
                : new OracleAnswer(state, comment, next, null);
            for (var i = 0; i < repeat; i++)
            {
                answers[n++] = answer;
            }
        }

        if (n != expected)
        {
            throw new InvalidDataException($"Expected {expected} results, found {n}.");
        }

        return answers;
    }
}
