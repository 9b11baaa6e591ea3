namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>A clock the test sets. Default: Wednesday 2 December 2026, 12:00 in Oslo.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));

    public DateTimeOffset Now { get; set; } = Default;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
