using System.Threading.RateLimiting;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// Counts codes that do not exist, per person and per client address, in a fixed window. Only wrong guesses count,
/// so a resident who scans many real codes is never slowed; one who tries codes at random soon is.
/// Limits: RateLimits:PointsGuessesPerPerson (10), RateLimits:PointsGuessesPerAddress (50), per RateLimits:PointsGuessMinutes (15).
/// </summary>
public sealed class WrongGuesses : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public WrongGuesses(IConfiguration config)
    {
        var perPerson = config.GetValue("RateLimits:PointsGuessesPerPerson", 10);
        var perAddress = config.GetValue("RateLimits:PointsGuessesPerAddress", 50);
        var window = TimeSpan.FromMinutes(config.GetValue("RateLimits:PointsGuessMinutes", 15));
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith("p:", StringComparison.Ordinal) ? perPerson : perAddress,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool Blocked(HttpContext context) =>
        Keys(context).Any(k => _limiter.GetStatistics(k) is { CurrentAvailablePermits: <= 0 });

    public void Count(HttpContext context)
    {
        foreach (var key in Keys(context))
            _limiter.AttemptAcquire(key).Dispose();
    }

    private static IEnumerable<string> Keys(HttpContext context)
    {
        yield return "a:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (context.User.Identity?.IsAuthenticated == true)
            yield return "p:" + context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
    }

    public void Dispose() => _limiter.Dispose();
}
