using System.Text.Json;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;

namespace Omigjen.Web.Infrastructure.Outbox;

/// <summary>
/// Adds notices to the caller's <see cref="AppDbContext"/> (the same scoped instance): they are saved by the caller's
/// own <c>SaveChangesAsync</c>, so they exist exactly when the change they tell about was committed.
/// </summary>
public sealed class NoticeWriter(AppDbContext db, TimeProvider time)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A notice of <paramref name="kind"/> to <paramref name="recipient"/>; <paramref name="data"/> is what its template
    /// reads (serialized as JSON). Nothing is written until the caller saves.
    /// </summary>
    public Notice Add<TData>(string kind, string recipient, Language language, TData data, NoticeChannel channel = NoticeChannel.Email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        var notice = new Notice
        {
            Kind = kind, Channel = channel, Recipient = recipient, Language = language,
            Data = JsonSerializer.Serialize(data, Json), CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Notices.Add(notice);
        return notice;
    }
}
