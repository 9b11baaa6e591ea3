namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>Realistic values of the kinds OMigjen stores: shops, libraries, recycling stations, cafés.</summary>
public static class Corpus
{
    public static readonly string[] Values =
    [
        "Mo-Fr 10:00-17:00",
        "Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off",
        "Mo-Fr 09:00-20:00; Sa 09:00-18:00; Su off",
        "Mo-Sa 07:00-23:00; Su 09:00-22:00; PH 09:00-22:00",
        "Mo,We,Fr 10:00-16:00; Tu,Th 12:00-19:00; Sa 11:00-15:00; PH off",
        "Mo-Th 08:00-15:30; Fr 08:00-14:00; Jun 15-Aug 15: Mo-Fr 09:00-14:00; PH off",
        "Tu-Fr 11:00-18:00; Sa 11:00-16:00; Dec 24,Dec 31 off; PH off",
        "Mo-Fr 07:00-21:00; Sa 09:00-17:00; Dec 24 09:00-13:00; PH off",
        "We 17:00-20:00 \"Reparasjonskafé\"; Sa 12:00-15:00",
        "Th[1] 18:00-21:00 \"Byttekveld\"; Th[3] 18:00-21:00",
        "Sa[-1] 10:00-14:00 \"Loppemarked\"",
        "24/7",
        "Mo-Su 06:00-24:00",
        "Mo-Fr 22:00-02:00; Sa,Su 20:00-04:00",
        "Fr,Sa 18:00-26:00",
        "Mo-Fr 10:00-18:00+",
        "Mo-Fr sunrise-sunset",
        "Mo-Su (sunrise-00:30)-(sunset+00:30)",
        "Mo-Fr 08:00-16:00; SH Mo-Fr 10:00-14:00; PH off",
        "Mo-Fr 10:00-17:00; easter -2 days-easter +1 day off; PH off",
        "Apr-Oct: Mo-Fr 07:00-20:00, Sa 09:00-16:00; Nov-Mar: Mo-Fr 07:00-18:00; PH off",
        "week 01-52/2 We 12:00-16:00",
        "2026 Dec 21-2027 Jan 01 closed; Mo-Fr 10:00-16:00",
        "Mo-Fr 10:00-16:00 || \"etter avtale\"",
        "Mo-Fr 09:00-16:00; Tu 09:00-19:00; Jul off; PH off",
        "Mo-Fr 11:00-14:00,17:00-20:00; Sa 12:00-20:00",
        "Mo-Fr 10:00-17:00; Sa 10:00-15:00; Mo-Fr 12:00-12:30 off",
        "unknown \"ring før du kommer\"",
        "Mo-Fr 10:00-17:00; PH off; May 17 off",
        "Tu,Th 16:00-19:00; Sa 10:00-13:00; Jul,Aug off",
    ];

    /// <summary>Reads one value per line, skipping blank lines (a trailing CR is dropped).</summary>
    public static string[] Load(string path) =>
        [.. File.ReadLines(path).Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0)];

    /// <summary>Parses the values that are valid; invalid ones are skipped (counted by the caller).</summary>
    public static OpeningHoursSchedule[] ParseValid(IEnumerable<string> values) =>
        [.. values.Select(v => OpeningHoursSchedule.Parse(v).Schedule).OfType<OpeningHoursSchedule>()];

    /// <summary>A working fortnight in Oslo at 30-minute steps from Monday 30 November 2026 00:00 local.</summary>
    public static DateTimeOffset[] Fortnight(int stepMinutes = 30)
    {
        var start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1));
        int count = 14 * 24 * 60 / stepMinutes;
        return [.. Enumerable.Range(0, count).Select(i => start.AddMinutes(i * stepMinutes))];
    }
}
