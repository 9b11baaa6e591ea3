using System.Globalization;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>Command-line options of the throughput mode; defaults mirror the comparison script's instants.</summary>
internal sealed record ThroughputOptions(
    string CorpusPath,
    DateTimeOffset[] Instants,
    int ParseRounds,
    int NextChangeEvery,
    int LimitDays)
{
    public const string Usage =
        "--throughput <corpus-file> [--instants-file <file of UTC epoch seconds>] [--start <ISO instant>] "
        + "[--step-minutes 30] [--count 672] [--parse-rounds 20] [--next-change-every 1] [--limit-days 366]";

    public static ThroughputOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("Missing corpus file. Usage: " + Usage);
        }

        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {args[i]} has no value. Usage: " + Usage);
            }

            named[args[i]] = args[i + 1];
        }

        string Get(string name, string fallback) => named.TryGetValue(name, out var value) ? value : fallback;
        int GetInt(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        DateTimeOffset[] instants = named.TryGetValue("--instants-file", out var instantsFile)
            ? ReadEpochSeconds(instantsFile)
            : Grid(
                DateTimeOffset.Parse(Get("--start", "2026-11-30T00:00:00+01:00"), CultureInfo.InvariantCulture),
                GetInt("--step-minutes", 30),
                GetInt("--count", 672));

        return new ThroughputOptions(args[0], instants, GetInt("--parse-rounds", 20), Math.Max(1, GetInt("--next-change-every", 1)), GetInt("--limit-days", 366));
    }

    private static DateTimeOffset[] Grid(DateTimeOffset start, int stepMinutes, int count) =>
        [.. Enumerable.Range(0, count).Select(i => start.AddMinutes((double)i * stepMinutes))];

    private static DateTimeOffset[] ReadEpochSeconds(string path) =>
        [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => DateTimeOffset.FromUnixTimeSeconds(long.Parse(line.Trim(), CultureInfo.InvariantCulture)))];
}
