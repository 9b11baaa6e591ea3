namespace Omigjen.OpeningHours;

/// <summary>Computes one year's Norwegian public holidays, merging holidays that share a date.</summary>
internal static class NorwegianHolidayRules
{
    private const string Separator = " / ";

    public static Holiday[] Compute(int year)
    {
        var easter = Easter.Sunday(year);

        // Fixed-date holidays come first so a shared date reads "Grunnlovsdagen / Andre pinsedag".
        Holiday[] all =
        [
            new(new DateOnly(year, 1, 1), "Første nyttårsdag", "New Year's Day"),
            new(new DateOnly(year, 5, 1), "Arbeidernes dag", "Labour Day"),
            new(new DateOnly(year, 5, 17), "Grunnlovsdagen", "Constitution Day"),
            new(new DateOnly(year, 12, 25), "Første juledag", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "Andre juledag", "Boxing Day"),
            new(easter.AddDays(-3), "Skjærtorsdag", "Maundy Thursday"),
            new(easter.AddDays(-2), "Langfredag", "Good Friday"),
            new(easter, "Første påskedag", "Easter Sunday"),
            new(easter.AddDays(1), "Andre påskedag", "Easter Monday"),
            new(easter.AddDays(39), "Kristi himmelfartsdag", "Ascension Day"),
            new(easter.AddDays(49), "Første pinsedag", "Whit Sunday"),
            new(easter.AddDays(50), "Andre pinsedag", "Whit Monday"),
        ];

        var merged = new List<Holiday>(all.Length);
        foreach (var holiday in all)
        {
            int existing = merged.FindIndex(h => h.Date == holiday.Date);
            if (existing < 0)
            {
                merged.Add(holiday);
                continue;
            }

            var first = merged[existing];
            merged[existing] = first with
            {
                NameNb = first.NameNb + Separator + holiday.NameNb,
                NameEn = first.NameEn + Separator + holiday.NameEn,
            };
        }

        merged.Sort(static (x, y) => x.Date.CompareTo(y.Date));
        return [.. merged];
    }
}
