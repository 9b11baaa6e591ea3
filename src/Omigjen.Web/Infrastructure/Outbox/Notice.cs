using Omigjen.OpeningHours;

namespace Omigjen.Web.Infrastructure.Outbox;

public enum NoticeChannel
{
    Email,
    Sms,
}

/// <summary>
/// One message to one person, written in the same transaction as the change it tells about and sent afterwards by
/// <see cref="NoticeSender"/>. <see cref="Data"/> is what the notice's template needs, as JSON; it is emptied once sent.
/// </summary>
public sealed class Notice
{
    public long Id { get; set; }

    /// <summary>Which template renders it, e.g. "reservation.held"; see <see cref="INoticeTemplate.Kind"/>.</summary>
    public string Kind { get; set; } = "";

    public NoticeChannel Channel { get; set; }

    /// <summary>An e-mail address, or a mobile number in international form for SMS.</summary>
    public string Recipient { get; set; } = "";

    public Language Language { get; set; }
    public string Data { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Null: as soon as possible. Set after a failed attempt, by the back-off.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>The node and round that claimed it (see <see cref="NoticeSender"/>); the claim holds until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>Set when the last allowed attempt failed; an administrator can try it again.</summary>
    public DateTime? FailedAt { get; set; }
}
