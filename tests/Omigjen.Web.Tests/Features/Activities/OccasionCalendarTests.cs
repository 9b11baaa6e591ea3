using System.Net;
using System.Text;
using Ical.Net;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Calendar;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Activities.ActivityTestData;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>The .ics written by hand, read back by Ical.Net as an independent parser.</summary>
public sealed class OccasionCalendarTextTests
{
    private static Calendar Parse(byte[] ics) => Calendar.Load(Encoding.UTF8.GetString(ics)) ?? throw new Xunit.Sdk.XunitException("No calendar");

    private static (ActivitySeries, ActivityOccasion) Sample(OccasionStatus status = OccasionStatus.Scheduled) =>
        (new ActivitySeries { Id = 7, Title = "Reparasjonskafé; sy, lapp og fiks \\ alt", Description = "Linje én\nLinje to – æøå " + new string('ø', 80), StartLocal = default, DurationMinutes = 180 },
         new ActivityOccasion
         {
             Id = 70, SeriesId = 7, OriginalStartUtc = Utc(2027, 3, 25, 16), StartUtc = Utc(2027, 4, 1, 15), EndUtc = Utc(2027, 4, 1, 18),
             PreviousStartUtc = Utc(2027, 3, 25, 16), Status = status, Sequence = 3, Latitude = 59.8336, Longitude = 10.4355,
         });

    [Fact]
    public void Single_is_valid_folded_and_escaped_with_local_times_in_Oslo()
    {
        var (series, occasion) = Sample(OccasionStatus.Moved);
        var bytes = OccasionCalendar.Single(series, occasion, "Biblioteket, Asker", "https://omigjen.no/aktiviteter/70", "omigjen.no", "REQUEST", Utc(2027, 3, 1, 12));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20270401T170000", text, StringComparison.Ordinal);

        var calendar = Parse(bytes);
        Assert.Equal("REQUEST", calendar.Method);
        var ev = Assert.Single(calendar.Events);
        Assert.Equal("occasion-7-20270325T160000Z@omigjen.no", ev.Uid);
        Assert.Equal(3, ev.Sequence);
        Assert.Equal(series.Title, ev.Summary);
        Assert.StartsWith("Flyttet fra / Moved from 25.03.2027 17:00.\n\nLinje én\nLinje to", ev.Description, StringComparison.Ordinal);
        Assert.EndsWith(new string('ø', 80), ev.Description, StringComparison.Ordinal);
        Assert.Equal("Europe/Oslo", ev.DtStart!.TzId);
        Assert.Equal(Utc(2027, 4, 1, 15), ev.DtStart.AsUtc);
        Assert.Equal(Utc(2027, 4, 1, 18), ev.DtEnd!.AsUtc);
        Assert.Equal(59.8336, ev.GeographicLocation!.Latitude);
        Assert.Equal("Biblioteket, Asker", ev.Location);
        Assert.Equal(EventStatus.Confirmed, ev.Status);
    }

    [Fact]
    public void A_cancelled_occasion_is_kept_with_status_cancelled()
    {
        var (series, occasion) = Sample(OccasionStatus.Cancelled);
        var ev = Assert.Single(Parse(OccasionCalendar.Single(series, occasion, "", "https://omigjen.no/aktiviteter/70", "omigjen.no", "CANCEL", Utc(2027, 3, 1, 12))).Events);
        Assert.Equal(EventStatus.Cancelled, ev.Status);
        Assert.Equal("occasion-7-20270325T160000Z@omigjen.no", ev.Uid);
    }

    [Fact]
    public void The_uid_is_the_series_and_the_original_start() =>
        Assert.Equal("occasion-12-20270107T160000Z@example.org", OccasionCalendar.Uid(12, Utc(2027, 1, 7, 16), "example.org"));
}

/// <summary>The subscribable feeds over HTTP.</summary>
public abstract class OccasionFeedTests(AppFactory factory)
{
    [Fact]
    public async Task The_initiative_feed_has_every_occasion_with_stable_uids_and_answers_304_until_something_changes()
    {
        var (initiativeId, slug) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var occasions = await factory.OccasionsAsync(series.Id);
        using var client = factory.CreateClient();

        using var first = await client.GetAsync($"/aktiviteter/kalender/{slug}.ics");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        var text = await first.Content.ReadAsStringAsync();
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", text, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT1H", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(occasions.Count(o => o.StartUtc < factory.Clock.Now.UtcDateTime.AddMonths(12)), calendar.Events.Count);
        var april = calendar.Events.Single(e => e.DtStart!.AsUtc == Utc(2027, 4, 1, 15));
        Assert.Equal("Europe/Oslo", april.DtStart!.TzId);
        Assert.Equal(17, april.DtStart.Value.Hour);
        Assert.Contains("/aktiviteter/", april.Url!.ToString(), StringComparison.Ordinal);

        var etag = first.Headers.ETag!;
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/aktiviteter/kalender/{slug}.ics"))
        {
            request.Headers.IfNoneMatch.Add(etag);
            using var again = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }

        await using (var a = factory.Activities())
        {
            await a.Occasions.MoveAsync(initiativeId, occasions[0].Id, new DateTime(2027, 1, 8, 17, 0, 0));
            await a.Occasions.CancelAsync(initiativeId, occasions[1].Id);
        }
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/aktiviteter/kalender/{slug}.ics"))
        {
            request.Headers.IfNoneMatch.Add(etag);
            using var changed = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var events = Calendar.Load(await changed.Content.ReadAsStringAsync())!.Events;
            Assert.Equal(calendar.Events.Count, events.Count);
            var moved = events.Single(e => e.Uid == april.Uid!.Replace("20270401T150000Z", "20270107T160000Z", StringComparison.Ordinal));
            Assert.Equal((1, Utc(2027, 1, 8, 16)), (moved.Sequence, moved.DtStart!.AsUtc));
            var cancelled = events.Single(e => e.Uid!.Contains("20270114T160000Z", StringComparison.Ordinal));
            Assert.Equal((1, EventStatus.Cancelled), (cancelled.Sequence, cancelled.Status));
        }

        using var unknown = await client.GetAsync("/aktiviteter/kalender/finnes-ikke.ics");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var kind = await client.GetAsync("/aktiviteter/kalender/type/repair-cafe.ics");
        Assert.Contains(april.Uid!, await kind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var all = await client.GetAsync("/aktiviteter/kalender.ics");
        Assert.Contains(april.Uid!, await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class OccasionFeedTestsOnSqlite(SqliteAppFactory f) : OccasionFeedTests(f), IClassFixture<SqliteAppFactory>;

public sealed class OccasionFeedTestsOnPostgres(PostgresAppFactory f) : OccasionFeedTests(f), IClassFixture<PostgresAppFactory>;
