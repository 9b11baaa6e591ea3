using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Activities.Series;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>Every call of a listener, in order: a real implementation of the interface that remembers what it was told.</summary>
public sealed class RecordingListener : IOccasionChangeListener
{
    public List<(long OccasionId, OccasionChange Change, int Sequence)> Calls { get; } = [];

    public Task OccasionChangedAsync(ActivityOccasion occasion, OccasionChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occasion);
        Assert.NotNull(occasion.Series);
        Calls.Add((occasion.Id, change, occasion.Sequence));
        return Task.CompletedTask;
    }
}

/// <summary>The activities services of one scope, with a recording listener beside the registered ones.</summary>
public sealed class ActivityServices(AsyncServiceScope scope, RecordingListener listener) : IAsyncDisposable
{
    public AppDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    public RecordingListener Listener => listener;

    public SeriesService Series => new(Db, Clock, new OccasionSync(Db), Writes, Version);
    public OccasionService Occasions => new(Db, Clock, Writes);
    private MunicipalClock Clock => scope.ServiceProvider.GetRequiredService<MunicipalClock>();
    private ActivityDataVersion Version => scope.ServiceProvider.GetRequiredService<ActivityDataVersion>();
    private OccasionWrites Writes => new(Db, [.. scope.ServiceProvider.GetServices<IOccasionChangeListener>(), listener], Version);

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

public static class ActivityTestData
{
    public static ActivityServices Activities(this AppFactory factory, RecordingListener? listener = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new(factory.Services.CreateAsyncScope(), listener ?? new RecordingListener());
    }

    /// <summary>Thursdays 17:00–20:00 from 7 January 2027, 20 places.</summary>
    public static SeriesDraft Thursdays(string title = "Reparasjonskafé", int? capacity = 20, string? rule = "FREQ=WEEKLY", string? except = null) => new()
    {
        Title = title, Kind = ActivityKind.RepairCafe, Description = "Ta med det som er ødelagt, vi fikser det sammen.",
        StartLocal = new DateTime(2027, 1, 7, 17, 0, 0), EndLocal = new DateTime(2027, 1, 7, 20, 0, 0), RecurrenceRule = rule, ExceptionDates = except,
        Capacity = capacity,
    };

    public static async Task<ActivitySeries> CreateSeriesAsync(this AppFactory factory, int initiativeId, SeriesDraft? draft = null)
    {
        await using var a = factory.Activities();
        var result = await a.Series.CreateAsync(initiativeId, draft ?? Thursdays());
        Assert.Empty(result.Errors);
        return result.Series!;
    }

    public static Task<List<ActivityOccasion>> OccasionsAsync(this AppFactory factory, long seriesId) =>
        factory.WithDbAsync(db => db.ActivityOccasions.AsNoTracking().Where(o => o.SeriesId == seriesId).OrderBy(o => o.OriginalStartUtc).ToListAsync());

    public static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);
}
