namespace Omigjen.Web.Infrastructure.Email;

/// <summary>
/// Outgoing e-mail. With <see cref="SmtpHost"/> set, messages go by SMTP (MailKit); without it they are written as
/// .eml files to <see cref="PickupDirectory"/>, where a developer can open them.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary>StartTls (default), SslOnConnect or None (only for a server on loopback).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "ikke-svar@omigjen.invalid";
    public string FromName { get; set; } = "OMigjen";
    public string PickupDirectory { get; set; } = "data/mail";
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A message in plain text (always) and HTML (optional), with optional attachments.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>A one-click unsubscribe URL (RFC 8058) for messages a person subscribed to.</summary>
    public Uri? UnsubscribeUrl { get; init; }
}

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
