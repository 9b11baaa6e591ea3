using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// One of the resident's bookings: the code, the place, the times, the co-borrower and the terms; a form to move it
/// to other dates and times (the same two steps as the booking form), a cancel button, and for an offer from the
/// waiting list the buttons to accept or decline it. Only the booker sees it; anyone else gets 404.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class MyBookingModel(AppDbContext db, BookingService bookings, WaitlistService waitlist, Availability availability, LendingCalendar calendar, MunicipalClock clock) : PageModel
{
    public Booking Booking { get; private set; } = null!;
    public LendingType Type { get; private set; } = null!;
    public string UnitLabel { get; private set; } = "";
    public string InitiativeName { get; private set; } = "";
    public string InitiativeSlug { get; private set; } = "";
    public string Place { get; private set; } = "";
    public LendingPlace Hours { get; private set; } = null!;

    /// <summary>The change form: dates (first step, GET) and times (second step, POST).</summary>
    public BookingForm Form { get; private set; } = new();

    public string? Notice { get; private set; }
    public string? Problem { get; private set; }
    public BookingAlternative? Alternative { get; private set; }

    public bool IsNew { get; private set; }

    public bool CanChange => Booking.Status == BookingStatus.Booked && Booking.PickupAt > clock.Now;

    public bool CanCancel => Booking.Status == BookingStatus.Booked;

    public bool IsOffer => Booking.Status == BookingStatus.Offered && Booking.OfferExpiresAt is { } e && e > clock.Now;

    public DateOnly Today => clock.Today;

    public DateOnly LastDay => clock.Today.AddDays(Availability.HorizonDays);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (!await LoadAsync(id, userId, ct)) return NotFound();
        var q = Request.Query;
        IsNew = q.ContainsKey("ny");
        if (q.ContainsKey("endret")) Notice = L.T("Bestillingen er endret. Vi har sendt de nye tidene på e-post.", "The booking is changed. We have sent the new times by e-mail.");
        else if (q.ContainsKey("godtatt")) Notice = L.T("Du tok imot tilbudet. Enheten er bestilt til deg.", "You accepted the offer. The unit is booked for you.");
        if (CanChange)
        {
            var asked = q.ContainsKey(BookingForm.FromField) || q.ContainsKey(BookingForm.ToField);
            Form = asked ? BookingForm.FromQuery(q, ModelState) : BookingForm.ForPeriod(Booking.PickupAt, Booking.ReturnBy, clock.Zone, ModelState);
            CheckDates();
            Form.SuggestTimes();
        }
        return Page();
    }

    /// <summary>"Legg i kalender": the booking as an .ics file, the same event as in the confirmation e-mail.</summary>
    public async Task<IActionResult> OnGetCalendarAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (await calendar.ForBookingAsync(id, userId, ct) is not { } file) return NotFound();
        return File(file.Content, file.ContentType, $"utlan-{id.ToString(CultureInfo.InvariantCulture)}.ics");
    }

    /// <summary>Moves the booking to the dates and times of the form (the same size; another unit of it when needed).</summary>
    public async Task<IActionResult> OnPostChangeAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (!await LoadAsync(id, userId, ct)) return NotFound();
        Form = BookingForm.FromForm(Request.Form, ModelState);
        if (!CanChange)
            return Conflict(L.T("Bestillingen kan ikke endres lenger (den er hentet, levert eller avbestilt).",
                                "The booking can no longer be changed (it is picked up, returned or cancelled)."));
        CheckDates();
        Form.CheckDetails(hoursKnown: Hours.Schedule is not null);
        if (Form.HasErrors) return Invalid();
        var (pickup, returnBy) = Form.Period(clock.Zone);
        var result = await bookings.ChangeAsync(id, userId, new BookingPeriod(pickup, returnBy), ct);
        switch (result.Outcome)
        {
            case BookingOutcome.Done:
                return RedirectToPage("/Lending/Bookings/MyBooking", new { id, endret = 1 });
            case BookingOutcome.NotFound:
                return NotFound();
            case BookingOutcome.Invalid:
                Form.AddProblems(result.Problems);
                return Invalid();
            default:
                Alternative = result.Alternative;
                return Conflict(L.T($"Ingen i størrelse {UnitLabel} er ledige for hele den nye perioden. Bestillingen din er som før.",
                                    $"No unit in size {UnitLabel} is free for the whole new period. Your booking is as before."));
        }
    }

    /// <summary>Cancels the booking; the unit goes to the waiting list.</summary>
    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var outcome = (await bookings.CancelAsync(id, userId, ct)).Outcome;
        if (outcome == BookingOutcome.Done) return RedirectToPage("/Lending/Bookings/Mine", new { avbestilt = 1 });
        if (outcome == BookingOutcome.NotFound || !await LoadAsync(id, userId, ct)) return NotFound();
        return Conflict(L.T("Bestillingen kan ikke avbestilles (den er hentet, levert eller allerede avbestilt).",
                            "The booking cannot be cancelled (it is picked up, returned or already cancelled)."));
    }

    /// <summary>Accepts an offer from the waiting list.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var outcome = (await waitlist.AcceptOfferAsync(id, userId, ct)).Outcome;
        if (outcome == WaitlistOutcome.Done) return RedirectToPage("/Lending/Bookings/MyBooking", new { id, godtatt = 1 });
        if (outcome == WaitlistOutcome.NotFound || !await LoadAsync(id, userId, ct)) return NotFound();
        return Conflict(L.T("Tilbudet har gått ut eller er allerede besvart.", "The offer has run out or has already been answered."));
    }

    /// <summary>Declines an offer from the waiting list: the unit goes to the next in line.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (!await LoadAsync(id, userId, ct)) return NotFound();
        if (Booking.Status == BookingStatus.Offered && (await bookings.CancelAsync(id, userId, ct)).Outcome == BookingOutcome.Done)
            return RedirectToPage("/Lending/Bookings/Mine", new { avslatt = 1 });
        await LoadAsync(id, userId, ct);
        return Conflict(L.T("Tilbudet har gått ut eller er allerede besvart.", "The offer has run out or has already been answered."));
    }

    /// <summary>An unknown <c>handler</c> (a GET of a POST-only action) is not found, rather than a page without data.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null) context.Result = NotFound();
    }

    private void CheckDates() =>
        Form.CheckDates(Hours, clock.Now, clock.Zone, Type.MaxDays, Type.LeadTimeHours);

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private PageResult Conflict(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, string userId, CancellationToken ct)
    {
        var booking = await db.Bookings.AsNoTracking().Include(b => b.Unit)
            .FirstOrDefaultAsync(b => b.Id == id && b.UserId == userId, ct);
        if (booking?.Unit is null) return false;
        var type = await db.LendingTypes.AsNoTracking().Include(t => t.Initiative).ThenInclude(i => i!.Locations)
            .FirstOrDefaultAsync(t => t.Id == booking.TypeId, ct);
        if (type?.Initiative is null) return false;
        Booking = booking;
        Type = type;
        UnitLabel = booking.Unit.Label;
        InitiativeName = type.Initiative.Name;
        InitiativeSlug = type.Initiative.Slug;
        var location = type.Initiative.Locations.OrderBy(l => l.Id).FirstOrDefault();
        Place = location is null ? "" : string.Join(", ", new[] { location.Name, location.Address, location.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        Hours = await availability.PlaceAsync(type, ct);
        return true;
    }

    /// <summary>The pickup and return hours in words; null when unknown.</summary>
    public string? HoursText => Hours.Schedule is null ? null
        : Omigjen.OpeningHours.OpeningHoursText.Describe(Hours.Schedule, L.IsEnglish ? Omigjen.OpeningHours.Language.En : Omigjen.OpeningHours.Language.Nb);

    public string When(DateTime utc) => BookingLabels.When(clock.ToLocal(utc));

    public string When(DateTimeOffset instant) => BookingLabels.When(clock.ToLocal(instant));

}
