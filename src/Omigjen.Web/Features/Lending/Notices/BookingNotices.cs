using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Infrastructure.Sms;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>
/// Writes who hears about a change to a booking: the borrower by e-mail (with an .ics where a time is agreed) and, with a
/// usable mobile number, by SMS; the staff (owners and editors, or the entry's contact address) by e-mail. The notices
/// are added to the caller's <see cref="AppDbContext"/> and saved with the change, inside its transaction: call after
/// the change's own writes and before the <c>SaveChangesAsync</c> that commits with it. A retried attempt must drop the
/// notices of the failed one first (<see cref="Discard"/>).
/// </summary>
public sealed partial class BookingNotices(AppDbContext db, NoticeWriter outbox, ILogger<BookingNotices> logger)
{
    /// <summary>A new booking, or an accepted offer: the borrower and the staff.</summary>
    public Task BookedAsync(int bookingId, CancellationToken ct) =>
        AddAsync(bookingId, BookedNotice.Name, null, BookedForStaffNotice.Name, ct);

    /// <summary>The resident moved the booking to new times.</summary>
    public Task ChangedAsync(int bookingId, CancellationToken ct) =>
        AddAsync(bookingId, BookingChangedNotice.Name, null, BookingChangedForStaffNotice.Name, ct);

    /// <summary>
    /// The booking was cancelled: by the resident (a receipt, and the staff are told), or because its unit went to
    /// maintenance (<paramref name="byStaff"/>: e-mail and SMS). A declined offer needs no message; a withdrawn one does.
    /// </summary>
    public async Task CancelledAsync(int bookingId, bool byStaff, CancellationToken ct)
    {
        if (await LendingBookingDetails.LoadAsync(db, bookingId, ct) is not { } d) return;
        if (d.OfferNeverAccepted)
        {
            if (byStaff) await AddAsync(d, OfferWithdrawnNotice.Name, OfferWithdrawnNotice.Name, null, ct);
            return;
        }
        if (byStaff)
            await AddAsync(d, CancelledForMaintenanceNotice.Name, CancelledForMaintenanceNotice.Name, null, ct);
        else
            await AddAsync(d, BookingCancelledNotice.Name, null, BookingCancelledForStaffNotice.Name, ct);
    }

    /// <summary>The booking was moved to another unit of the same size.</summary>
    public Task MovedAsync(int bookingId, CancellationToken ct) => AddAsync(bookingId, BookingMovedNotice.Name, null, null, ct);

    /// <summary>A unit freed up for someone on the waiting list.</summary>
    public Task OfferedAsync(int bookingId, CancellationToken ct) => AddAsync(bookingId, OfferedNotice.Name, OfferedNotice.Name, null, ct);

    /// <summary>The offer ran out.</summary>
    public Task OfferLapsedAsync(int bookingId, CancellationToken ct) => AddAsync(bookingId, OfferLapsedNotice.Name, null, null, ct);

    public Task PickupReminderAsync(int bookingId, CancellationToken ct) =>
        AddAsync(bookingId, PickupReminderNotice.Name, PickupReminderNotice.Name, null, ct);

    public Task ReturnReminderAsync(int bookingId, CancellationToken ct) =>
        AddAsync(bookingId, ReturnReminderNotice.Name, ReturnReminderNotice.Name, null, ct);

    /// <summary>The return deadline passed: the borrower (e-mail and SMS) and the staff.</summary>
    public Task OverdueAsync(int bookingId, CancellationToken ct) =>
        AddAsync(bookingId, OverdueNotice.Name, OverdueNotice.Name, OverdueForStaffNotice.Name, ct);

    /// <summary>Drops the notices added but not saved, for a unit of work that is about to be tried again.</summary>
    public void Discard()
    {
        foreach (var entry in db.ChangeTracker.Entries<Notice>().Where(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Added).ToList())
            entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }

    private async Task AddAsync(int bookingId, string? email, string? sms, string? staff, CancellationToken ct)
    {
        if (await LendingBookingDetails.LoadAsync(db, bookingId, ct) is { } d) await AddAsync(d, email, sms, staff, ct);
    }

    private async Task AddAsync(LendingBookingDetails d, string? email, string? sms, string? staff, CancellationToken ct)
    {
        if (email is not null && d.BorrowerEmail is { } to) outbox.Add(email, to, Language.Nb, d);
        if (sms is not null && !string.IsNullOrWhiteSpace(d.Booking.Phone))
        {
            if (SmsNumbers.Normalize(d.Booking.Phone) is { } number)
                outbox.Add(sms, number, Language.Nb, d, NoticeChannel.Sms);
            else
                LogBadNumber(logger, d.Booking.Id);
        }
        if (staff is null) return;
        foreach (var address in await ReservationView.ActorAddressesAsync(db, d.InitiativeId, ct))
            outbox.Add(staff, address, Language.Nb, d);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId} has a phone number that is not a usable mobile number; no SMS sent")]
    private static partial void LogBadNumber(ILogger logger, int bookingId);
}
