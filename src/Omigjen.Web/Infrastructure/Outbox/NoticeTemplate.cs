using System.Text.Json;
using Omigjen.Web.Infrastructure.Email;

namespace Omigjen.Web.Infrastructure.Outbox;

/// <summary>
/// What a template makes of a notice: for e-mail the subject, the plain text, the HTML and any attachments; for SMS
/// only <see cref="Text"/> is sent.
/// </summary>
public sealed record NoticeMessage(string Subject, string Text)
{
    public string? Html { get; init; }
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
    public Uri? UnsubscribeUrl { get; init; }
}

/// <summary>Renders the notices of one <see cref="Kind"/>. Registered with <c>AddNoticeTemplate&lt;T&gt;()</c>, resolved per send round.</summary>
public interface INoticeTemplate
{
    string Kind { get; }

    /// <summary>The message, or null when there is nothing to send any more (the notice is then dropped).</summary>
    Task<NoticeMessage?> RenderAsync(Notice notice, CancellationToken ct);
}

/// <summary>A template whose notices carry a <typeparamref name="TData"/> as their data.</summary>
public abstract class NoticeTemplate<TData> : INoticeTemplate
{
    public abstract string Kind { get; }

    public Task<NoticeMessage?> RenderAsync(Notice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var data = JsonSerializer.Deserialize<TData>(notice.Data, NoticeWriter.Json)
                   ?? throw new InvalidOperationException($"The data of notice {notice.Id} ({notice.Kind}) is empty.");
        return RenderAsync(data, notice, ct);
    }

    protected abstract Task<NoticeMessage?> RenderAsync(TData data, Notice notice, CancellationToken ct);
}
