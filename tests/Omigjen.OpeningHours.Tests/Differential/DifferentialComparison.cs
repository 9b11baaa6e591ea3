using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Omigjen.OpeningHours.Tests.Differential;

/// <summary>Our answer for one (value, instant) pair.</summary>
internal readonly record struct OurAnswer(char State, string? Comment, long? NextChange, string? Error);

/// <summary>One (value, instant) pair where the two implementations differ.</summary>
internal sealed record Disagreement(long Instant, char Group, OracleAnswer Oracle, OurAnswer Ours, string Fields, string? KnownDifference);

/// <summary>All disagreements of one corpus value (examples are capped, the count is not).</summary>
internal sealed record ValueDisagreements(GoldenValue Value, int Count, IReadOnlyDictionary<string, int> ByFields, IReadOnlyList<Disagreement> Examples);

internal sealed record ComparisonResult(
    long Pairs,
    long Agreeing,
    int Values,
    int Instants,
    IReadOnlyList<ValueDisagreements> Disagreements,
    IReadOnlyDictionary<string, long> ByFields,
    IReadOnlyDictionary<char, (long Pairs, long Agreeing)> ByGroup,
    IReadOnlyDictionary<string, long> ByKnownDifference)
{
    public double Agreement => Pairs == 0 ? 0 : (double)Agreeing / Pairs;
}

/// <summary>Evaluates every golden (value, instant) pair with Omigjen.OpeningHours and compares.</summary>
internal static class DifferentialComparison
{
    private const int ExamplesPerValue = 6;

    public static EvaluationContext CreateContext(GoldenData golden) =>
        new(golden.TimeZone, golden.Latitude, golden.Longitude, NorwegianPublicHolidays.Instance);

    /// <summary>
    /// Runs the comparison. When <paramref name="dump"/> is given, every disagreement is also written
    /// to it as a tab-separated line (for analysis tools).
    /// </summary>
    public static ComparisonResult Run(GoldenData golden, TextWriter? dump = null)
    {
        var context = CreateContext(golden);
        var sink = dump is null ? null : TextWriter.Synchronized(dump);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(golden.TimeZone);
        var results = new ValueDisagreements?[golden.Values.Count];
        var agreeing = new long[golden.Values.Count];
        var groupPairs = new ConcurrentDictionary<char, long>();
        var groupAgreeing = new ConcurrentDictionary<char, long>();
        var knownCounts = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        Parallel.For(0, golden.Values.Count, i =>
        {
            var value = golden.Values[i];
            var parsed = SafeParse(value.Value);
            var byFields = new Dictionary<string, int>(StringComparer.Ordinal);
            var examples = new List<Disagreement>();
            var count = 0;
            var localPairs = new Dictionary<char, long>();
            var localAgreeing = new Dictionary<char, long>();
            var localKnown = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var k = 0; k < golden.Instants.Length; k++)
            {
                var epoch = golden.Instants[k];
                var group = golden.Groups[k];
                var oracle = value.Answers[k];
                var ours = parsed.Schedule is null
                    ? new OurAnswer('x', null, null, "parse failed: " + parsed.Error)
                    : Evaluate(parsed.Schedule, epoch, golden.NextChangeLimitSeconds, context);
                var fields = Compare(oracle, ours);
                localPairs[group] = localPairs.GetValueOrDefault(group) + 1;
                if (fields.Length == 0)
                {
                    agreeing[i]++;
                    localAgreeing[group] = localAgreeing.GetValueOrDefault(group) + 1;
                    continue;
                }

                count++;
                byFields[fields] = byFields.GetValueOrDefault(fields) + 1;
                var known = KnownDifferences.Match(value.Value, epoch, zone, oracle, ours);
                if (sink is not null)
                {
                    var line = string.Join(
                        '\t',
                        value.Index.ToString(CultureInfo.InvariantCulture),
                        epoch.ToString(CultureInfo.InvariantCulture),
                        group.ToString(),
                        fields,
                        oracle.State.ToString(),
                        Escape(oracle.Comment ?? oracle.Error),
                        oracle.NextChange?.ToString(CultureInfo.InvariantCulture) ?? "-",
                        ours.State.ToString(),
                        Escape(ours.Comment ?? ours.Error),
                        ours.NextChange?.ToString(CultureInfo.InvariantCulture) ?? "-",
                        known ?? "-");
                    sink.WriteLine(line);
                }

                var knownKey = known ?? "undocumented";
                localKnown[knownKey] = localKnown.GetValueOrDefault(knownKey) + 1;
                if (examples.Count < ExamplesPerValue)
                {
                    examples.Add(new Disagreement(epoch, group, oracle, ours, fields, known));
                }
                else if (known is null && examples.TrueForAll(e => e.KnownDifference is not null))
                {
                    // Keep at least one undocumented example visible per value.
                    examples[^1] = new Disagreement(epoch, group, oracle, ours, fields, known);
                }
            }

            foreach (var (id, n) in localKnown)
            {
                knownCounts.AddOrUpdate(id, n, (_, old) => old + n);
            }

            foreach (var (g, n) in localPairs)
            {
                groupPairs.AddOrUpdate(g, n, (_, old) => old + n);
                groupAgreeing.AddOrUpdate(g, localAgreeing.GetValueOrDefault(g), (_, old) => old + localAgreeing.GetValueOrDefault(g));
            }

            results[i] = count == 0 ? null : new ValueDisagreements(value, count, byFields, examples);
        });

        var disagreements = results.Where(r => r is not null).Select(r => r!)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Value.Index).ToList();
        var totalByFields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var d in disagreements)
        {
            foreach (var (f, n) in d.ByFields)
            {
                totalByFields[f] = totalByFields.GetValueOrDefault(f) + n;
            }
        }

        var byGroup = groupPairs.ToDictionary(kv => kv.Key, kv => (kv.Value, groupAgreeing.GetValueOrDefault(kv.Key)));
        return new ComparisonResult(
            (long)golden.Values.Count * golden.Instants.Length,
            agreeing.Sum(),
            golden.Values.Count,
            golden.Instants.Length,
            disagreements,
            totalByFields,
            byGroup,
            new Dictionary<string, long>(knownCounts, StringComparer.Ordinal));
    }

    private static string Escape(string? s) =>
        s is null ? "-" : s.Replace('\t', ' ').Replace('\n', ' ');

    internal static (OpeningHoursSchedule? Schedule, string? Error) SafeParse(string value)
    {
        try
        {
            var result = OpeningHoursSchedule.Parse(value);
            return result.Schedule is not null
                ? (result.Schedule, null)
                : (null, result.Error is null ? "no schedule and no error" : $"at {result.Error.Position}: {result.Error.MessageEn}");
        }
#pragma warning disable CA1031 // The comparison must survive any failure of the library and report it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static OurAnswer Evaluate(OpeningHoursSchedule schedule, long epoch, long limitSeconds, EvaluationContext context)
    {
        try
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(epoch);
            var state = schedule.GetState(instant, context);
            var next = schedule.GetNextChange(instant, context, instant.AddSeconds(limitSeconds));
            var s = state.State switch
            {
                OpeningState.Open => 'o',
                OpeningState.Closed => 'c',
                OpeningState.Unknown => 'u',
                _ => '?',
            };
            return new OurAnswer(s, state.Comment, next?.ToUnixTimeSeconds(), null);
        }
#pragma warning disable CA1031 // The comparison must survive any failure of the library and report it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new OurAnswer('x', null, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Empty when both agree, otherwise the differing fields, e.g. "state+next".</summary>
    private static string Compare(OracleAnswer oracle, OurAnswer ours)
    {
        if (oracle.State == 'x')
        {
            return "oracle-error";
        }

        if (ours.State == 'x')
        {
            return "our-error";
        }

        var state = oracle.State != ours.State;
        var comment = !string.Equals(oracle.Comment, ours.Comment, StringComparison.Ordinal);
        var next = oracle.NextChange != ours.NextChange;
        if (!state && !comment && !next)
        {
            return string.Empty;
        }

        var parts = new List<string>(3);
        if (state)
        {
            parts.Add("state");
        }

        if (comment)
        {
            parts.Add("comment");
        }

        if (next)
        {
            parts.Add("next");
        }

        return string.Join('+', parts);
    }

    public static string FormatReport(GoldenData golden, ComparisonResult result, int maxValues = int.MaxValue)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(golden.TimeZone);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"# Differential test: Omigjen.OpeningHours vs {golden.Oracle}");
        sb.AppendLine();
        sb.AppendLine(inv, $"Time zone {golden.TimeZone}, venue {golden.Latitude.ToString(inv)},{golden.Longitude.ToString(inv)}, Norwegian public holidays; next change searched up to {golden.NextChangeLimitSeconds / 86400} days ahead.");
        sb.AppendLine(inv, $"Values: {result.Values}; instants: {result.Instants}; pairs: {result.Pairs}.");
        sb.AppendLine(inv, $"Agreement (state + comment + next change all equal): {result.Agreeing}/{result.Pairs} = {result.Agreement * 100:F3}%.");
        sb.AppendLine(inv, $"Values with at least one disagreement: {result.Disagreements.Count}.");
        sb.AppendLine();
        sb.AppendLine("## Disagreements by differing fields");
        foreach (var (fields, n) in result.ByFields.OrderByDescending(kv => kv.Value))
        {
            sb.AppendLine(inv, $"- {fields}: {n}");
        }

        sb.AppendLine();
        sb.AppendLine("## Agreement by grid part (F fortnight, H holidays, D DST nights, R random)");
        foreach (var (g, (pairs, ok)) in result.ByGroup.OrderBy(kv => kv.Key))
        {
            sb.AppendLine(inv, $"- {g}: {ok}/{pairs} = {(pairs == 0 ? 0 : 100.0 * ok / pairs):F3}%");
        }

        sb.AppendLine();
        sb.AppendLine("## Disagreements by documented difference (docs/opening-hours-differences.md); all are counted above");
        if (result.ByKnownDifference.Count == 0)
        {
            sb.AppendLine("- none matched");
        }

        foreach (var (id, n) in result.ByKnownDifference.OrderByDescending(kv => kv.Value))
        {
            sb.AppendLine(inv, $"- {id}: {n}");
        }

        sb.AppendLine();
        sb.AppendLine("## Disagreements by value");
        foreach (var d in result.Disagreements.Take(maxValues))
        {
            sb.AppendLine();
            var fields = string.Join(", ", d.ByFields.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"));
            sb.AppendLine(inv, $"### #{d.Value.Index} `{d.Value.Value}` — {d.Count} of {result.Instants} instants ({fields})");
            foreach (var e in d.Examples)
            {
                sb.AppendLine(inv, $"- {FormatInstant(e.Instant, zone)} [{e.Group}] {e.Fields}{(e.KnownDifference is null ? string.Empty : $" (documented: {e.KnownDifference})")}");
                sb.AppendLine(inv, $"  - oracle: {FormatOracle(e.Oracle, zone)}");
                sb.AppendLine(inv, $"  - ours:   {FormatOurs(e.Ours, zone)}");
            }
        }

        if (result.Disagreements.Count > maxValues)
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"... {result.Disagreements.Count - maxValues} more values, see the full report file.");
        }

        return sb.ToString();
    }

    internal static string FormatInstant(long epoch, TimeZoneInfo zone)
    {
        var utc = DateTimeOffset.FromUnixTimeSeconds(epoch);
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm:ss ddd zzz} ({epoch})");
    }

    private static string FormatNext(long? next, TimeZoneInfo zone) =>
        next is null ? "none" : FormatInstant(next.Value, zone);

    private static string FormatOracle(OracleAnswer a, TimeZoneInfo zone) =>
        a.State == 'x'
            ? $"threw: {a.Error}"
            : $"{StateName(a.State)}, comment {Quote(a.Comment)}, next {FormatNext(a.NextChange, zone)}";

    private static string FormatOurs(OurAnswer a, TimeZoneInfo zone) =>
        a.State == 'x'
            ? $"error: {a.Error}"
            : $"{StateName(a.State)}, comment {Quote(a.Comment)}, next {FormatNext(a.NextChange, zone)}";

    private static string StateName(char s) => s switch
    {
        'o' => "open",
        'c' => "closed",
        'u' => "unknown",
        _ => s.ToString(),
    };

    private static string Quote(string? s) => s is null ? "(none)" : $"\"{s}\"";
}
