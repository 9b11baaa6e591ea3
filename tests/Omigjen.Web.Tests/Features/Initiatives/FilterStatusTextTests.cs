using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Tests.Features.Initiatives;

/// <summary>Under a time filter a card says when the place is open in the chosen span, not whether it is open now.</summary>
public sealed class FilterStatusTextTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private static DirectoryEntry Place(string hours) =>
        new(new Initiative
        {
            Slug = "x", Name = "X", OpeningHours = hours,
            Locations = [new InitiativeLocation { Address = "A", Latitude = 59.83, Longitude = 10.43 }],
        }, "Europe/Oslo");

    private static DateTimeOffset At(int day, int hour) => OpenWhenRules.Local(new DateOnly(2026, 12, day), new TimeOnly(hour, 0), Oslo);

    [Fact]
    public void The_weekend_filter_names_the_first_opening_in_the_weekend()
    {
        var place = Place("We 10:00-17:00; Sa 10:00-15:00");
        Assert.Equal("Åpen lørdag kl. 10.00–15.00", StatusText.ForFilter(place, OpenWhen.Weekend, null, At(2, 18), Oslo));
        // Sunday evening: next Saturday, still within the week.
        Assert.Equal("Åpen lørdag kl. 10.00–15.00", StatusText.ForFilter(place, OpenWhen.Weekend, null, At(6, 20), Oslo));
        Assert.Equal("Åpen i dag kl. 18.00–22.00", StatusText.ForFilter(Place("Su 18:00-22:00"), OpenWhen.Weekend, null, At(6, 17), Oslo));
    }

    [Fact]
    public void A_chosen_time_names_the_opening_around_it_and_no_filter_keeps_the_status_now()
    {
        var place = Place("Mo-Fr 10:00-17:00");
        Assert.Equal("Åpen fredag kl. 10.00–17.00",
            StatusText.ForFilter(place, OpenWhen.At, new DateTime(2026, 12, 4, 12, 0, 0), At(2, 18), Oslo));
        Assert.Equal("Åpen i dag kl. 17.00–24.00", StatusText.ForFilter(Place("Mo-Fr 17:00-24:00"), OpenWhen.After17, null, At(2, 12), Oslo));
        Assert.Null(StatusText.ForFilter(place, OpenWhen.Any, null, At(2, 18), Oslo));
        Assert.Null(StatusText.ForFilter(place, OpenWhen.Now, null, At(2, 18), Oslo));
    }
}
