using System.Diagnostics;
using System.Text.Json;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>
/// Plain Stopwatch throughput over a corpus file, for comparison with opening_hours.js on the same machine:
/// parse each value (several rounds), then GetState and GetNextChange of every valid value at every instant.
/// Prints one JSON line to stdout; progress goes to stderr.
/// </summary>
internal static class ThroughputRunner
{
    public static int Run(string[] args)
    {
        ThroughputOptions options;
        try
        {
            options = ThroughputOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        if (Debugger.IsAttached || !IsOptimized())
        {
            Console.Error.WriteLine("warning: not an optimised build; run with -c Release for meaningful figures.");
        }

        string[] values = Corpus.Load(options.CorpusPath);
        var context = EvaluationContext.Oslo;
        Console.Error.WriteLine($"{values.Length} values x {options.Instants.Length} instants; warming up");

        var schedules = Corpus.ParseValid(values);
        Warm(values, schedules, options, context);

        var parse = ThroughputPhases.Parse(values, options.ParseRounds);
        var state = ThroughputPhases.State(schedules, options.Instants, context);
        var next = ThroughputPhases.NextChange(schedules, options, context);

        using var json = new Utf8JsonWriter(Console.OpenStandardOutput());
        json.WriteStartObject();
        json.WriteString("implementation", "Omigjen.OpeningHours");
        json.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        json.WriteNumber("values", values.Length);
        json.WriteNumber("validValues", schedules.Length);
        json.WriteNumber("instants", options.Instants.Length);
        parse.Write(json, "parse");
        state.Write(json, "state");
        next.Write(json, "nextChange");
        json.WriteNumber("stateAllocatedBytes", state.AllocatedBytes);
        json.WriteEndObject();
        json.Flush();
        Console.Out.WriteLine();
        return 0;
    }

    private static void Warm(string[] values, OpeningHoursSchedule[] schedules, ThroughputOptions options, EvaluationContext context)
    {
        // Tiered JIT and the sun/holiday caches settle before anything is timed; a full state pass fills the
        // per-date caches, so the timed pass shows the steady state (which must not allocate).
        ThroughputPhases.Parse(values, 1);
        ThroughputPhases.State(schedules, options.Instants, context);
        var sample = options.Instants.Take(16).ToArray();
        ThroughputPhases.NextChange(schedules, options with { Instants = sample, NextChangeEvery = 4 }, context);
    }

    private static bool IsOptimized() =>
        typeof(ThroughputRunner).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>()
            .All(attribute => !attribute.IsJITOptimizerDisabled);
}
