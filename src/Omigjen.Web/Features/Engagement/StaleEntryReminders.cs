using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Engagement;

/// <summary>
/// Asks the owners of entries nobody has confirmed for six months "is this still correct?", at most once per 30 days
/// per entry, with a one-click confirm link and a link to edit.
/// </summary>
public sealed partial class StaleEntryReminders(
    IServiceScopeFactory scopes, MunicipalClock clock, EntryConfirmTokens tokens, IEmailSender sender, IOptions<SiteOptions> site,
    IOptions<MunicipalityOptions> municipality, IConfiguration configuration, IHostEnvironment environment, ILogger<StaleEntryReminders> logger)
    : BackgroundService
{
    public const int StaleAfterMonths = 6;
    public static readonly TimeSpan RemindAgainAfter = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tests run the work themselves (RunOnceAsync); a timer there would send mail at random moments.
        var enabled = !bool.TryParse(configuration["Reminders:Enabled"], out var on) || on;
        if (!enabled || environment.EnvironmentName == "Testing") return;
        // "01:00:00" (hh:mm:ss) or "1.00:00:00"; at least a minute, an hour when missing or unreadable.
        var every = TimeSpan.TryParse(configuration["Reminders:CheckEvery"], CultureInfo.InvariantCulture, out var t) ? t : TimeSpan.FromHours(1);
        if (every < TimeSpan.FromMinutes(1)) every = TimeSpan.FromMinutes(1);
        await PeriodicWork.RunAsync(every, TimeProvider.System, RunOnceAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    /// <summary>Sends the reminders that are due now; returns how many entries were reminded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var staleBefore = clock.Today.AddMonths(-StaleAfterMonths);
        var now = clock.Now.UtcDateTime;
        var remindedBefore = now - RemindAgainAfter;

        var due = await db.Initiatives.AsNoTracking()
            .Where(i => i.Moderation == ModerationState.Approved)
            .Where(i => i.LastConfirmed == null || i.LastConfirmed < staleBefore)
            .Where(i => i.LastReminderAt == null || i.LastReminderAt < remindedBefore)
            .Where(i => db.InitiativeMembers.Any(m => m.InitiativeId == i.Id && m.Role == MemberRole.Owner))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Slug, i.Name, i.LastReminderAt })
            .ToListAsync(ct);

        var reminded = 0;
        foreach (var entry in due)
        {
            // Claim the entry: only the node whose update matches sends, so two nodes never send the same reminder.
            var claimed = await db.Initiatives
                .Where(i => i.Id == entry.Id && (i.LastReminderAt == null || i.LastReminderAt < remindedBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastReminderAt, now), ct);
            if (claimed == 0) continue;

            var owners = await db.InitiativeMembers.AsNoTracking()
                .Where(m => m.InitiativeId == entry.Id && m.Role == MemberRole.Owner)
                .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => u.Email)
                .Where(e => e != null).Select(e => e!).Distinct().ToListAsync(ct);
            var token = tokens.Create(entry.Id, entry.Slug);
            var sent = 0;
            foreach (var email in owners)
            {
                try
                {
                    await SendAsync(email, entry.Name, entry.Slug, token, ct);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogSendFailed(logger, entry.Id, e);
                }
            }
            if (sent == 0 && owners.Count > 0)
            {
                // Nothing went out: give the claim back so the next run tries again.
                await db.Initiatives.Where(i => i.Id == entry.Id && i.LastReminderAt == now)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastReminderAt, entry.LastReminderAt), ct);
                continue;
            }
            await audit.WriteAsync("reminder-sent", null, "OMigjen", entry.Id,
                string.Create(CultureInfo.InvariantCulture, $"{sent} eier(e) / owner(s)"), ct);
            reminded++;
        }
        return reminded;
    }

    private Task SendAsync(string to, string name, string slug, string token, CancellationToken ct)
    {
        var confirm = site.Value.Link($"/portal/bekreft?t={Uri.EscapeDataString(token)}");
        var edit = site.Value.Link($"/portal/{Uri.EscapeDataString(slug)}");
        var m = municipality.Value;
        var subject = $"Er informasjonen om {name} fortsatt riktig? / Is the information about {name} still correct?";
        var text =
            $"Er informasjonen om {name} fortsatt riktig?\n\n" +
            "Folk bruker OMigjen for å finne ut når og hvor de kan levere og handle brukt. Se over oppføringen, og bekreft at alt stemmer med ett klikk:\n\n" +
            $"Alt stemmer: {confirm}\n\n" +
            $"Noe må endres: {edit}\n\n" +
            "Lenken for å bekrefte virker i 30 dager.\n\n---\n" +
            $"Is the information about {name} still correct?\n\n" +
            "People use OMigjen to find out when and where they can drop off and buy second-hand. Look over the entry and confirm that everything is right with one click:\n\n" +
            $"All correct: {confirm}\n\n" +
            $"Something needs changing: {edit}\n\n" +
            "The confirm link works for 30 days.\n\n" +
            $"{m.Name} · {m.ContactEmail}\n";
        var e = HtmlEncoder.Default;
        var html =
            $"<p><strong>Er informasjonen om {e.Encode(name)} fortsatt riktig?</strong></p>" +
            "<p>Folk bruker OMigjen for å finne ut når og hvor de kan levere og handle brukt. Se over oppføringen, og bekreft at alt stemmer med ett klikk.</p>" +
            $"<p><a href=\"{e.Encode(confirm)}\">Ja, alt stemmer</a> · <a href=\"{e.Encode(edit)}\">Noe må endres</a></p>" +
            "<p>Lenken for å bekrefte virker i 30 dager.</p><hr>" +
            $"<div lang=\"en\"><p><strong>Is the information about {e.Encode(name)} still correct?</strong></p>" +
            "<p>People use OMigjen to find out when and where they can drop off and buy second-hand. Look over the entry and confirm that everything is right with one click.</p>" +
            $"<p><a href=\"{e.Encode(confirm)}\">Yes, everything is correct</a> · <a href=\"{e.Encode(edit)}\">Something needs changing</a></p>" +
            "<p>The confirm link works for 30 days.</p></div>" +
            $"<p>{e.Encode(m.Name)} · {e.Encode(m.ContactEmail)}</p>";
        return sender.SendAsync(new EmailMessage(to, subject, text) { HtmlBody = html }, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reminder for initiative {InitiativeId} could not be sent")]
    private static partial void LogSendFailed(ILogger logger, int initiativeId, Exception exception);
}

/// <summary>
/// The token in the "alt stemmer" link: the initiative's id and slug and an expiry instant, encrypted and signed with
/// ASP.NET Core Data Protection (keys in the database, so every node accepts it). Nobody can make or alter one without
/// the keys. The expiry is part of the signed payload and checked against <see cref="TimeProvider"/>:
/// <c>ITimeLimitedDataProtector</c> would check its expiry against the system clock instead, which the app's clock
/// (and a test's) does not control.
/// </summary>
public sealed class EntryConfirmTokens(IDataProtectionProvider provider, TimeProvider time)
{
    public const string Purpose = "stale-confirm";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Create(int initiativeId, string slug)
    {
        var expires = (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{initiativeId}|{expires}|{slug}"));
    }

    /// <summary>The initiative the token is for, or null when it is malformed, altered or expired.</summary>
    public (int InitiativeId, string Slug)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = payload.Split('|', 3);
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            return null;
        if (time.GetUtcNow().ToUnixTimeSeconds() >= expires) return null;
        return (id, parts[2]);
    }
}
