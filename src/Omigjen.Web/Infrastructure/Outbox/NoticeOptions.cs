using System.ComponentModel.DataAnnotations;

namespace Omigjen.Web.Infrastructure.Outbox;

/// <summary>How notices are sent (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>Whether this node sends notices; a node that only serves pages can leave it to the others.</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>How often the sender looks for due notices.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a notice is given up and shown on the administration page.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claim keeps other nodes away; a node that stops mid-send leaves its notices to others after this.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Sent notices are deleted after this long (their data is emptied at once).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
