using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Accounts.Notices;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Infrastructure.Sms;
using Omigjen.Web.Tests.Features.Reservations;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>
/// The outbox with more than one app instance ("node") on one database. The fixture's own instance does not send; each
/// test starts the nodes it needs on the same database, SMTP server and clock.
/// </summary>
public abstract class OutboxTests(AppFactory factory)
{
    private WebApplicationFactory<Program> Node(bool sending, int? smtpPort = null, int? maxAttempts = null, int? batch = null) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Notices:SenderEnabled", sending ? "true" : "false");
            if (smtpPort is { } port) b.UseSetting("Email:SmtpPort", port.ToString(CultureInfo.InvariantCulture));
            if (maxAttempts is { } max) b.UseSetting("Notices:MaxAttempts", max.ToString(CultureInfo.InvariantCulture));
            if (batch is { } size) b.UseSetting("Notices:BatchSize", size.ToString(CultureInfo.InvariantCulture));
            b.ConfigureServices(services => services.AddNoticeTemplate<CalendarTestNotice>());
        });

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> node, string email)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var response = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<string> HoldAsync(HttpClient client, int itemId)
    {
        using var response = await client.SubmitAsync($"/varer/{itemId}/reserver");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split("?ny=")[1];
    }

    private Task<List<Notice>> NoticesToAsync(string recipient) =>
        factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => n.Recipient == recipient).OrderBy(n => n.Id).ToListAsync());

    private Task<Notice> NoticeAsync(long id) => factory.WithDbAsync(db => db.Notices.AsNoTracking().SingleAsync(n => n.Id == id));

    /// <summary>Reads until <paramref name="done"/> holds (the nodes work on their own tasks); fails after 20 seconds.</summary>
    private async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        for (var i = 0; i < 400; i++)
        {
            var value = await read();
            if (done(value)) return value;
            await Task.Delay(50);
        }
        var notices = await factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => n.SentAt == null)
            .Select(n => $"{n.Id} {n.Kind} {n.Recipient} attempts {n.Attempts} claimed {n.ClaimedBy} until {n.ClaimedUntil}: {n.LastError}").ToListAsync());
        throw new Xunit.Sdk.XunitException($"Never happened: {what}. Unsent: {string.Join("; ", notices)}");
    }

    private Task<long[]> WriteAsync(IEnumerable<string> recipients) =>
        factory.WithDbAsync(async db =>
        {
            var writer = new NoticeWriter(db, factory.Clock);
            var notices = recipients.Select(r => writer.Add(AlreadyRegisteredNotice.Name, r, Language.Nb, new AlreadyRegisteredData())).ToList();
            await db.SaveChangesAsync();
            return notices.Select(n => n.Id).ToArray();
        });

    [Fact]
    public async Task A_hold_committed_just_before_a_crash_is_mailed_after_the_restart_exactly_once()
    {
        var (placeId, _, owner) = await factory.PlaceAsync(0, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(placeId);
        var email = ReservationTestData.NewEmail("krasj");
        await factory.CreateAsync(email);

        string code;
        await using (var first = Node(sending: false))
        {
            code = await HoldAsync(await SignedInAsync(first, email), itemId);
        } // the node is gone: the hold was committed, nothing was sent
        Assert.Equal(ReservationStatus.Active, Assert.Single(await factory.HoldsOnAsync(itemId)).Status);
        var pending = Assert.Single(await NoticesToAsync(email));
        Assert.Null(pending.SentAt);
        Assert.Contains(code, pending.Data, StringComparison.Ordinal);
        Assert.Empty(factory.Mail.To(email));
        Assert.Empty(factory.Mail.To(owner));

        await using (var second = Node(sending: true))
        {
            var sender = second.Services.GetRequiredService<NoticeSender>();
            await EventuallyAsync(() => NoticesToAsync(email), l => l.All(n => n.SentAt is not null), "the notice is marked sent");
            var mail = await factory.Mail.LatestToAsync(email);
            Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
            Assert.Contains($"Hentekode: {code}", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(code, (await factory.Mail.LatestToAsync(owner)).TextBody, StringComparison.Ordinal);
            Assert.Equal(0, await sender.SendDueAsync()); // nothing is left to send
        }
        Assert.Single(factory.Mail.To(email));
        Assert.Single(factory.Mail.To(owner));
        var sent = Assert.Single(await NoticesToAsync(email));
        Assert.Equal((1, "{}"), (sent.Attempts, sent.Data)); // sent once, and the data is gone
    }

    [Fact]
    public async Task Two_nodes_send_each_of_40_notices_exactly_once()
    {
        await using var a = Node(sending: true, batch: 3);
        await using var b = Node(sending: true, batch: 3);
        var (senderA, senderB) = (a.Services.GetRequiredService<NoticeSender>(), b.Services.GetRequiredService<NoticeSender>());
        Assert.NotEqual(senderA.NodeId, senderB.NodeId);

        var recipients = Enumerable.Range(0, 40).Select(i => ReservationTestData.NewEmail($"node-{i}")).ToList();
        var ids = await WriteAsync(recipients);
        // Both nodes also run rounds of their own, at once, beside their timers.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.WhenAll(senderA.SendDueAsync(), senderB.SendDueAsync())));
        var notices = await EventuallyAsync(() => factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync()),
            l => l.All(n => n.SentAt is not null), "all 40 notices are marked sent");

        foreach (var r in recipients) Assert.Single(factory.Mail.To(r));
        Assert.All(notices, n => Assert.Equal(1, n.Attempts));
        Assert.All(notices, n => Assert.True(n.ClaimedBy!.StartsWith(senderA.NodeId, StringComparison.Ordinal)
                                             || n.ClaimedBy.StartsWith(senderB.NodeId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_notice_that_keeps_failing_is_given_up_shown_to_the_administrator_and_sent_after_a_retry()
    {
        var email = ReservationTestData.NewEmail("feil");
        var before = factory.Clock.Now;
        long id;
        try
        {
            await using (var failing = Node(sending: true, smtpPort: ClosedPort(), maxAttempts: 2))
            {
                _ = failing.Services;
                id = (await WriteAsync([email]))[0];
                var once = await EventuallyAsync(() => NoticeAsync(id), n => n.Attempts == 1, "a first failed attempt");
                Assert.False(string.IsNullOrWhiteSpace(once.LastError));
                Assert.Null(once.SentAt);
                Assert.Null(once.FailedAt);
                Assert.True(once.NextAttemptAt > factory.Clock.Now.UtcDateTime); // backs off

                // After the back-off the second and last attempt fails too.
                factory.Clock.Now = before.AddMinutes(5);
                var given = await EventuallyAsync(() => NoticeAsync(id), n => n.FailedAt is not null, "the notice is given up");
                Assert.Equal(2, given.Attempts);
                Assert.Null(given.SentAt);
            }
        }
        finally
        {
            factory.Clock.Now = before;
        }
        Assert.Empty(factory.Mail.To(email));

        var admin = ReservationTestData.NewEmail("admin-varsler");
        await factory.CreateAsync(admin, admin: true);
        var client = await factory.SignedInClientAsync(admin);
        var doc = await client.GetDocumentAsync("/admin/varsler");
        var row = doc.QuerySelector($"tr[data-notice='{id}']") ?? throw new Xunit.Sdk.XunitException("The failed notice is not listed");
        Assert.Contains(email, row.TextContent, StringComparison.Ordinal);
        Assert.Contains((await NoticeAsync(id)).LastError!, row.TextContent, StringComparison.Ordinal);
        using (var retried = await client.PostFormAsync((IHtmlFormElement)row.QuerySelector("form[data-action=retry]")!, new Dictionary<string, string>(), "/admin/varsler"))
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var reset = await NoticeAsync(id);
        Assert.Equal((0, null, null), (reset.Attempts, reset.FailedAt, reset.SentAt));
        Assert.Null((await client.GetDocumentAsync("/admin/varsler")).QuerySelector($"tr[data-notice='{id}']"));

        await using var working = Node(sending: true);
        _ = working.Services;
        Assert.Contains("allerede en konto", (await factory.Mail.LatestToAsync(email)).Subject, StringComparison.Ordinal);
        await EventuallyAsync(() => NoticeAsync(id), n => n.SentAt is not null, "the retried notice is marked sent");
        Assert.Single(factory.Mail.To(email));
    }

    [Fact]
    public async Task A_hold_does_not_wait_for_a_mail_server_that_does_not_answer()
    {
        var (placeId, _, _) = await factory.PlaceAsync(1, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(placeId);
        var email = ReservationTestData.NewEmail("treg");
        await factory.CreateAsync(email);
        // Accepts connections and never says a word: an SMTP client would wait for its greeting until it gives up.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var node = Node(sending: true, smtpPort: ((IPEndPoint)silent.LocalEndpoint).Port);

        var code = await HoldAsync(await SignedInAsync(node, email), itemId);

        Assert.Equal(code, Assert.Single(await factory.HoldsOnAsync(itemId)).Code);
        var notice = Assert.Single(await NoticesToAsync(email));
        Assert.Equal((HeldNoticeKind, null, null), (notice.Kind, notice.SentAt, notice.FailedAt));
        Assert.Empty(factory.Mail.To(email));
    }

    [Fact]
    public async Task An_sms_notice_goes_to_the_gateway_and_an_email_notice_carries_its_attachment()
    {
        var number = SmsNumbers.Normalize(RecordingSmsSender.NewNumber())!;
        var email = ReservationTestData.NewEmail("vedlegg");
        await using var node = Node(sending: true);
        _ = node.Services;
        await factory.WithDbAsync(async db =>
        {
            var writer = new NoticeWriter(db, factory.Clock);
            writer.Add(CalendarTestNotice.Name, number, Language.Nb, new CalendarTestData("Ski"), NoticeChannel.Sms);
            writer.Add(CalendarTestNotice.Name, email, Language.Nb, new CalendarTestData("Ski"));
            return await db.SaveChangesAsync();
        });

        var mail = await factory.Mail.LatestToAsync(email);
        var attachment = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("booking.ics", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Contains("SUMMARY:Ski", System.Text.Encoding.UTF8.GetString(content.ToArray()), StringComparison.Ordinal);
        var sms = await EventuallyAsync(() => Task.FromResult(factory.Sms.To(number)), l => l.Count > 0, "the SMS is sent");
        Assert.Equal("OMigjen: Ski", Assert.Single(sms).Text);
    }

    private const string HeldNoticeKind = Omigjen.Web.Features.Reservations.Notices.HeldNotice.Name;

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed record CalendarTestData(string Title);

/// <summary>A notice the way lending's will be: an .ics made at send time from the data, and an SMS text.</summary>
public sealed class CalendarTestNotice : NoticeTemplate<CalendarTestData>
{
    public const string Name = "test.calendar";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(CalendarTestData data, Notice notice, CancellationToken ct)
    {
        var ics = $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:{data.Title}\r\nDTSTAMP:{notice.CreatedAt:yyyyMMdd'T'HHmmss'Z'}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return Task.FromResult<NoticeMessage?>(new NoticeMessage($"Booket: {data.Title}", $"OMigjen: {data.Title}")
        {
            Attachments = [new Omigjen.Web.Infrastructure.Email.EmailAttachment("booking.ics", "text/calendar; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ics))],
        });
    }
}

/// <summary>The app whose own sender is off, so only the nodes a test starts send.</summary>
public sealed class OutboxSqliteFactory() : AppFactory(DatabaseKind.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notices:SenderEnabled", "false");
    }
}

public sealed class OutboxPostgresFactory() : AppFactory(DatabaseKind.Postgres)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notices:SenderEnabled", "false");
    }
}

public sealed class OutboxTestsOnSqlite(OutboxSqliteFactory f) : OutboxTests(f), IClassFixture<OutboxSqliteFactory>;

public sealed class OutboxTestsOnPostgres(OutboxPostgresFactory f) : OutboxTests(f), IClassFixture<OutboxPostgresFactory>;
