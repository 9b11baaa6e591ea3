using System.Text;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>Bookings made through the service, the lending job, and the .ics attachments of the e-mails that follow.</summary>
public static class LendingNoticeTestSupport
{
    /// <summary>A confirmed resident account: (user id, e-mail).</summary>
    public static async Task<(string UserId, string Email)> NoticeBorrowerAsync(this AppFactory factory, string prefix = "laaner")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = ReservationTestData.NewEmail(prefix);
        var user = await factory.CreateAsync(email);
        return (user.Id, email);
    }

    /// <summary>Runs <paramref name="work"/> with a <see cref="LendingServices"/> of its own scope.</summary>
    public static async Task<T> WithNoticeServiceAsync<T>(this AppFactory factory, Func<LendingServices, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(LendingServices.From(scope.ServiceProvider));
    }

    /// <summary>Books through <see cref="BookingService.BookAsync"/> and insists that it worked.</summary>
    public static async Task<Booking> BookForNoticesAsync(this AppFactory factory, int typeId, string userId, DateTimeOffset pickup, DateTimeOffset returnBy,
        string? label = null, string? phone = null, string? coBorrowerName = null, int? coBorrowerAge = null)
    {
        var result = await factory.WithNoticeServiceAsync(s => s.Booking.BookAsync(
            new BookingRequest(typeId, label, pickup, returnBy) { Phone = phone, CoBorrowerName = coBorrowerName, CoBorrowerAge = coBorrowerAge }, userId));
        Assert.True(result.Outcome == BookingOutcome.Done,
            $"{result.Outcome}: {string.Join("; ", result.Problems.Select(p => p.Field + ": " + p.En))}");
        return result.Booking!;
    }

    public static Task<Booking> NoticeBookingAsync(this AppFactory factory, int bookingId) =>
        factory.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId));

    public static Task<LendingJobRun> RunLendingJobsAsync(this AppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Services.GetRequiredService<LendingJobs>().RunOnceAsync();
    }

    /// <summary>The booking.ics attachment of a message: its MIME type parameter "method", and the calendar parsed by Ical.Net.</summary>
    public static (string? Method, Calendar Calendar) CalendarIn(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var part = message.Attachments.OfType<MimePart>().SingleOrDefault(a => a.FileName == LendingCalendar.FileName)
            ?? throw new Xunit.Sdk.XunitException($"No {LendingCalendar.FileName} in “{message.Subject}”");
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        var calendar = Calendar.Load(Encoding.UTF8.GetString(stream.ToArray()))
            ?? throw new Xunit.Sdk.XunitException("The .ics did not parse");
        return (part.ContentType.Parameters["method"], calendar);
    }

    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Messages to <paramref name="address"/> whose subject starts with <paramref name="subjectStart"/>.</summary>
    public static int CountTo(this SmtpTestServer mail, string address, string subjectStart)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return mail.To(address).Count(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal));
    }

    /// <summary>The latest message to <paramref name="address"/> whose subject starts with <paramref name="subjectStart"/>; waits briefly.</summary>
    public static async Task<MimeMessage> LatestWithSubjectAsync(this SmtpTestServer mail, string address, string subjectStart)
    {
        ArgumentNullException.ThrowIfNull(mail);
        for (var i = 0; i < 100; i++)
        {
            var found = mail.To(address).LastOrDefault(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal));
            if (found is not null) return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException(
            $"No “{subjectStart}…” e-mail for {address}; got: {string.Join(", ", mail.To(address).Select(m => m.Subject))}");
    }
}
