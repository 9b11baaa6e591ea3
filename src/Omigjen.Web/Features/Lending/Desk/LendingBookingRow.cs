using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;
using static Omigjen.Web.Infrastructure.LocalTime;

namespace Omigjen.Web.Features.Lending.Desk;

/// <summary>A booking as the staff sees it at the desk: code, unit, borrower (account or walk-in), co-borrower and period.</summary>
public sealed record LendingBookingRow(
    int Id, string Code, BookingStatus Status, DateTimeOffset PickupAt, DateTimeOffset ReturnBy, int TypeId, string TypeName, int UnitId,
    string UnitLabel, string? UserId, string? UserEmail, string? UserName, string? BorrowerName, string? Phone, string? CoBorrowerName,
    int? CoBorrowerAge, string? ConditionNote)
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Who borrows: the account's name and e-mail, or the walk-in borrower's name.</summary>
    public string Borrower =>
        UserId is null
            ? (BorrowerName ?? "") + " " + L.T("(uten konto)", "(no account)")
            : string.IsNullOrWhiteSpace(UserName) ? UserEmail ?? L.T("(slettet konto)", "(deleted account)") : $"{UserName} ({UserEmail})";

    /// <summary>"for Ola, 9 år", or null without a co-borrower.</summary>
    public string? CoBorrower =>
        string.IsNullOrWhiteSpace(CoBorrowerName) ? null
        : CoBorrowerAge is { } age ? L.T($"for {CoBorrowerName}, {age} år", $"for {CoBorrowerName}, {age} years old")
        : L.T($"for {CoBorrowerName}", $"for {CoBorrowerName}");

    /// <summary>The booking's state in words for the staff.</summary>
    public string StatusText => BookingLabels.Status(Status);

    /// <summary>"lørdag 5. desember kl. 10.00" / "Saturday 5 December at 10:00", in local time.</summary>
    public static string When(DateTimeOffset instant, MunicipalClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TimeText.DayAndTime(clock.ToLocal(instant));
    }

    /// <summary>"5.12. 10.00–6.12. 18.00" (English "5.12. 10:00–6.12. 18:00") in local time, short for lists.</summary>
    public string Period(MunicipalClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var from = clock.ToLocal(PickupAt);
        var to = clock.ToLocal(ReturnBy);
        string Short(DateTimeOffset t) => t.ToString("d.M. ", CultureInfo.InvariantCulture) + TimeText.Clock(TimeOnly.FromDateTime(t.DateTime));
        return Short(from) + "–" + Short(to);
    }

    /// <summary>The bookings of <paramref name="initiativeId"/> (only those) in <paramref name="query"/>, in the query's order.</summary>
    public static async Task<List<LendingBookingRow>> LoadAsync(AppDbContext db, int initiativeId, IQueryable<Booking> query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var rows = await query.AsNoTracking().Where(b => b.Unit!.Type!.InitiativeId == initiativeId)
            .Select(b => new
            {
                b.Id, b.Code, b.Status, b.PickupAt, b.ReturnBy, b.TypeId, TypeName = b.Unit!.Type!.Name, b.UnitId, UnitLabel = b.Unit.Label,
                b.UserId,
                Email = db.Users.Where(u => u.Id == b.UserId).Select(u => u.Email).FirstOrDefault(),
                Name = db.Users.Where(u => u.Id == b.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                b.BorrowerName, b.Phone, b.CoBorrowerName, b.CoBorrowerAge, b.ConditionNote,
            })
            .ToListAsync(ct);
        return rows.Select(r => new LendingBookingRow(r.Id, r.Code, r.Status, r.PickupAt, r.ReturnBy, r.TypeId, r.TypeName, r.UnitId,
            r.UnitLabel, r.UserId, r.Email, r.Name, r.BorrowerName, r.Phone, r.CoBorrowerName, r.CoBorrowerAge, r.ConditionNote)).ToList();
    }

    /// <summary>The UTC instants where a local date begins and the next one begins.</summary>
    public static (DateTime Start, DateTime End) DayInUtc(DateOnly day, TimeZoneInfo zone) =>
        (StartOf(day, zone).UtcDateTime, StartOf(day.AddDays(1), zone).UtcDateTime);

}
