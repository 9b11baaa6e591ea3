using System.Diagnostics;
using Omigjen.OpeningHours;
using Omigjen.OpeningHours.Tests.Fuzz;

// Usage: dotnet run -c Release --project bench/Omigjen.OpeningHours.Fuzz [count] [seed]
// Every string must parse to a value or a structured error and evaluate without throwing; a string that takes
// longer than a second is reported as a hang.
long count = args.Length > 0 ? long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
int seed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
var random = new Random(seed);
var at = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(1));
var context = EvaluationContext.Oslo;
var total = Stopwatch.StartNew();
var one = new Stopwatch();
long failures = 0;
long slow = 0;
for (long i = 1; i <= count; i++)
{
    string value = FuzzInputs.Next(random);
    one.Restart();
    bool ok;
    try
    {
        ok = FuzzInputs.CheckOne(value, at, context);
    }
    catch (Exception ex)
    {
        ok = false;
        Console.WriteLine($"THREW {ex.GetType().Name}: {value}");
    }

    if (!ok)
    {
        failures++;
        Console.WriteLine($"FAILED: {value}");
    }

    if (one.ElapsedMilliseconds > 1000)
    {
        slow++;
        Console.WriteLine($"SLOW ({one.ElapsedMilliseconds} ms): {value}");
    }

    if (i % 100_000 == 0)
    {
        Console.WriteLine($"{i:N0} strings, {failures} failures, {slow} slow, {total.Elapsed.TotalSeconds:F1} s");
    }
}

Console.WriteLine($"Done: {count:N0} strings, {failures} failures, {slow} slow, {total.Elapsed.TotalSeconds:F1} s");
return failures == 0 && slow == 0 ? 0 : 1;
