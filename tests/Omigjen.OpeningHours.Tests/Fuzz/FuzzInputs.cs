using System.Text;

namespace Omigjen.OpeningHours.Tests.Fuzz;

/// <summary>
/// Random and mutated opening_hours strings for fuzzing. Shared with the bench fuzz runner (linked source),
/// so the bounded test and the million-string run use the same generator.
/// </summary>
public static class FuzzInputs
{
    private static readonly string[] Seeds =
    [
        "Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off",
        "Mo-Fr 08:00-12:00, We 14:00-18:00 || \"by appointment\"",
        "2026 Dec 24-2027 Jan 02 off \"Julestengt\"; easter -2 days-easter +1 day off",
        "Mar Su[-1] (sunrise+00:30)-(sunset-01:00); Mo[1,3] 18:00+",
        "week 01-53/2 Fr 22:00-02:00; Sa 18:00-26:00; SH Mo-Fr 10:00-14:00",
        "24/7; PH +1 day closed; Dec 24 unknown",
        "Jan-Mar,Nov-Dec Mo-Su dawn-dusk open \"vinter\"; Apr-Oct 06:00-23:00",
    ];

    private const string Alphabet = "MoTuWeThFrSaSuPHSHJanFebMarDecweekeaster0123456789:-,;|+/[]()\" .–sunrisetdawnduskoffclosedopenunknown24/7\t\nø";

    public static string Next(Random random)
    {
        return random.Next(3) switch
        {
            0 => RandomString(random),
            1 => Mutate(Seeds[random.Next(Seeds.Length)], random),
            _ => Mutate(Mutate(Seeds[random.Next(Seeds.Length)], random), random),
        };
    }

    private static string RandomString(Random random)
    {
        int length = random.Next(0, 60);
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append(random.Next(20) == 0 ? (char)random.Next(0, 0x3000) : Alphabet[random.Next(Alphabet.Length)]);
        }

        return sb.ToString();
    }

    private static string Mutate(string value, Random random)
    {
        var chars = new StringBuilder(value);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = chars.Length == 0 ? 0 : random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0 when chars.Length > 0:
                    chars.Remove(at, 1);
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2 when chars.Length > 0:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    // Duplicate a slice: stresses long lists and repeated separators.
                    int length = Math.Min(chars.Length - at, random.Next(1, 12));
                    chars.Insert(at, chars.ToString(at, length));
                    break;
            }
        }

        return chars.ToString();
    }

    /// <summary>Parses and, when valid, evaluates once; returns false if the contract was broken (no value and no error).</summary>
    public static bool CheckOne(string value, DateTimeOffset at, EvaluationContext context)
    {
        var result = OpeningHoursSchedule.Parse(value);
        if (result.Schedule is null)
        {
            return result.Error is not null;
        }

        result.Schedule.GetState(at, context);
        result.Schedule.GetNextChange(at, context, at.AddDays(14));
        return result.Error is null;
    }
}
