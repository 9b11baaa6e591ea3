using System.Globalization;
using System.Text;

namespace Omigjen.OpeningHours.Tests.Properties;

/// <summary>Builds random valid values from the syntax's pieces, including lenient spellings.</summary>
internal static class ValueGenerator
{
    private static readonly string[] Days = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    private static readonly string[] Wide = ["", "", "", "Dec 24 ", "Jan-Mar ", "week 01-53/2 ", "2026 ", "easter ", "Mar Su[-1] ", "Dec 24-Jan 02 ", "PH ", "SH "];
    private static readonly string[] Tails = ["", "", "", " off", " closed", " unknown", " open \"x\"", " \"ring først\""];
    private static readonly string[] Separators = ["; ", "; ", ", ", " || "];

    public static string Build(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        int rules = random.Next(1, 4);
        for (int r = 0; r < rules; r++)
        {
            if (r > 0)
            {
                sb.Append(Separators[random.Next(Separators.Length)]);
            }

            sb.Append(Wide[random.Next(Wide.Length)]);
            int from = random.Next(7);
            int to = random.Next(7);
            sb.Append(random.Next(3) switch
            {
                0 => Days[from],
                1 => Days[from] + "-" + Days[to],
                _ => Days[from] + "[" + (random.Next(2) == 0 ? "1" : "-1") + "]",
            });
            sb.Append(' ');
            sb.Append(random.Next(6) switch
            {
                0 => "sunrise-sunset",
                1 => Clock(random.Next(24 * 4) * 15) + "+",
                _ => Clock(random.Next(24 * 4) * 15) + "-" + Clock(random.Next(1, 28 * 4) * 15),
            });
            sb.Append(Tails[random.Next(Tails.Length)]);
        }

        return sb.ToString();
    }

    private static string Clock(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}
