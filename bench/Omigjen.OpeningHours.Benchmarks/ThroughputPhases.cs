using System.Diagnostics;
using System.Text.Json;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>The timed loops. An exception from the library is counted, not fatal, so one bad value cannot hide the figures.</summary>
internal static class ThroughputPhases
{
    public static PhaseResult Parse(string[] values, int rounds)
    {
        var progress = new Progress("parse", values.Length * rounds);
        long valid = 0;
        var watch = Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (OpeningHoursSchedule.Parse(values[i]).IsValid)
                {
                    valid++;
                }

                progress.Report((round * values.Length) + i + 1);
            }
        }

        return new PhaseResult((long)values.Length * rounds, watch.Elapsed, 0, valid, 0);
    }

    public static PhaseResult State(OpeningHoursSchedule[] schedules, DateTimeOffset[] instants, EvaluationContext context)
    {
        var progress = new Progress("state", schedules.Length);
        long open = 0;
        long errors = 0;
        var watch = new Stopwatch();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        watch.Start();
        for (int s = 0; s < schedules.Length; s++)
        {
            var schedule = schedules[s];
            try
            {
                foreach (var instant in instants)
                {
                    if (schedule.GetState(instant, context).State == OpeningState.Open)
                    {
                        open++;
                    }
                }
            }
            catch (Exception) when (errors < long.MaxValue)
            {
                errors++;
            }

            progress.Report(s + 1);
        }

        var elapsed = watch.Elapsed;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore - progress.OwnAllocatedBytes;
        return new PhaseResult((long)schedules.Length * instants.Length, elapsed, errors, open, allocated);
    }

    public static PhaseResult NextChange(OpeningHoursSchedule[] schedules, ThroughputOptions options, EvaluationContext context)
    {
        var progress = new Progress("next change", schedules.Length);
        var limit = TimeSpan.FromDays(options.LimitDays);
        long calls = 0;
        long found = 0;
        long errors = 0;
        var watch = Stopwatch.StartNew();
        for (int s = 0; s < schedules.Length; s++)
        {
            var schedule = schedules[s];
            for (int i = 0; i < options.Instants.Length; i += options.NextChangeEvery)
            {
                var instant = options.Instants[i];
                calls++;
                try
                {
                    if (schedule.GetNextChange(instant, context, instant + limit) is not null)
                    {
                        found++;
                    }
                }
                catch (Exception) when (errors < long.MaxValue)
                {
                    errors++;
                }
            }

            progress.Report(s + 1);
        }

        return new PhaseResult(calls, watch.Elapsed, errors, found, 0);
    }
}

/// <summary>Calls made, time taken, library exceptions, a checksum (so the loop cannot be optimised away), bytes allocated.</summary>
internal readonly record struct PhaseResult(long Calls, TimeSpan Elapsed, long Errors, long Checksum, long AllocatedBytes)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Calls / Elapsed.TotalSeconds : 0;

    public void Write(Utf8JsonWriter json, string name)
    {
        json.WriteNumber(name + "Calls", Calls);
        json.WriteNumber(name + "PerSecond", Math.Round(PerSecond));
        json.WriteNumber(name + "Seconds", Math.Round(Elapsed.TotalSeconds, 3));
        json.WriteNumber(name + "Errors", Errors);
        json.WriteNumber(name + "Checksum", Checksum);
    }
}
