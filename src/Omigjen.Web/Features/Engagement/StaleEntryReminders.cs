using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Engagement.Notices;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Engagement;

/// <summary>
/// Asks the owners of entries nobody has confirmed for six months "is this still correct?", at most once per 30 days
/// per entry, with a one-click confirm link and a link to edit.
/// </summary>
public sealed partial class StaleEntryReminders(
    IServiceScopeFactory scopes, MunicipalClock clock, EntryConfirmTokens tokens, IConfiguration configuration, IHostEnvironment environment,
    ILogger<StaleEntryReminders> logger)
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

    /// <summary>Writes the reminders that are due now (notices, with the claim and the audit entry); returns how many entries were reminded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var outbox = scope.ServiceProvider.GetRequiredService<NoticeWriter>();
        var staleBefore = clock.Today.AddMonths(-StaleAfterMonths);
        var now = clock.Now.UtcDateTime;
        var remindedBefore = now - RemindAgainAfter;

        var due = await db.Initiatives.AsNoTracking()
            .Approved()
            .Where(i => i.LastConfirmed == null || i.LastConfirmed < staleBefore)
            .Where(i => i.LastReminderAt == null || i.LastReminderAt < remindedBefore)
            .Where(i => db.InitiativeMembers.Any(m => m.InitiativeId == i.Id && m.Role == MemberRole.Owner))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Slug, i.Name })
            .ToListAsync(ct);

        var reminded = 0;
        foreach (var entry in due)
        {
            // Claim the entry: only the node whose update matches writes the reminder, so two nodes never send the same one.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Initiatives
                .Where(i => i.Id == entry.Id && (i.LastReminderAt == null || i.LastReminderAt < remindedBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastReminderAt, now), ct);
            if (claimed == 0) continue;

            var owners = await db.InitiativeMembers.AsNoTracking()
                .Where(m => m.InitiativeId == entry.Id && m.Role == MemberRole.Owner)
                .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => u.Email)
                .Where(e => e != null).Select(e => e!).Distinct().ToListAsync(ct);
            var data = new StaleEntryReminderData(entry.Name, entry.Slug, tokens.Create(entry.Id, entry.Slug));
            foreach (var email in owners) outbox.Add(StaleEntryReminderNotice.Name, email, Language.Nb, data);
            await audit.WriteAsync("reminder-sent", null, "OMigjen", entry.Id,
                string.Create(CultureInfo.InvariantCulture, $"{owners.Count} eier(e) / owner(s)"), ct);
            await tx.CommitAsync(ct);
            reminded++;
        }
        return reminded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
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
