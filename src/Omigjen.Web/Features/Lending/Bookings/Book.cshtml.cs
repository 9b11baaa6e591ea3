using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// Books a unit of a lendable type. First step (GET with <c>storrelse</c>, <c>fra</c>, <c>til</c>): size and dates,
/// checked at once against the place's hours (a closed day says why) and the terms. Second step (POST): the pickup
/// and return times those dates offer, a co-borrower and a mobile number. Success goes on to the booking's page; when
/// nothing is free the page answers 409 with the other sizes, a later period and the waiting list.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class BookModel(AppDbContext db, BookingService booking, WaitlistService waitlist, Availability availability, MunicipalClock clock, IOptions<LendingOptions> options) : PageModel
{
    public BookableType Bookable { get; private set; } = null!;
    public BookingForm Form { get; private set; } = new();

    /// <summary>Why the booking was not made (the page's status is then 409).</summary>
    public string? Problem { get; private set; }

    /// <summary>What to offer instead when nothing was free.</summary>
    public BookingAlternative? Alternative { get; private set; }

    /// <summary>True when the resident may join the waiting list for what they asked for.</summary>
    public bool CanWait { get; private set; }

    public DateOnly Today => clock.Today;

    public DateOnly LastDay => clock.Today.AddDays(Availability.HorizonDays);

    public TimeZoneInfo Zone => clock.Zone;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await BookableType.LoadAsync(db, availability, id, ct) is not { } bookable) return NotFound();
        Bookable = bookable;
        Form = BookingForm.FromQuery(Request.Query, ModelState);
        if (Form.HasDates) Check(details: false);
        Form.SuggestTimes();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (await BookableType.LoadAsync(db, availability, id, ct) is not { } bookable) return NotFound();
        Bookable = bookable;
        Form = BookingForm.FromForm(Request.Form, ModelState);
        if (!Check(details: true)) return Invalid();

        var result = await booking.BookAsync(Form.ToRequest(id, clock.Zone), userId, ct);
        switch (result.Outcome)
        {
            case BookingOutcome.Done:
                return RedirectToPage("/Lending/Bookings/MyBooking", new { id = result.Booking!.Id, ny = 1 });
            case BookingOutcome.NotFound:
                return NotFound();
            case BookingOutcome.Invalid:
                Form.AddProblems(result.Problems);
                return Invalid();
            case BookingOutcome.LimitReached:
                var max = options.Value.MaxActivePerResident.ToString(CultureInfo.InvariantCulture);
                Problem = L.T($"Du har allerede {max} aktive lån eller bestillinger. Lever eller avbestill ett før du bestiller mer.",
                              $"You already have {max} active loans or bookings. Return or cancel one before you book more.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Alternative = result.Alternative;
                CanWait = true;
                var size = Bookable.SizeOf(Form.Size)?.Label;
                Problem = size is null
                    ? L.T("Ingen enheter er ledige for hele perioden du valgte. Noen andre kan ha bestilt rett før deg.",
                          "No unit is free for the whole period you chose. Someone else may have booked just before you.")
                    : L.T($"Ingen i størrelse {size} er ledige for hele perioden du valgte. Noen andre kan ha bestilt rett før deg.",
                          $"No unit in size {size} is free for the whole period you chose. Someone else may have booked just before you.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    /// <summary>"Sett meg på venteliste": the resident is offered a unit when one frees up for the period.</summary>
    public async Task<IActionResult> OnPostWaitlistAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (await BookableType.LoadAsync(db, availability, id, ct) is not { } bookable) return NotFound();
        Bookable = bookable;
        Form = BookingForm.FromForm(Request.Form, ModelState);
        if (!Check(details: true)) return Invalid();
        var joined = await waitlist.JoinAsync(Form.ToRequest(id, clock.Zone), userId, ct);
        switch (joined.Outcome)
        {
            case WaitlistOutcome.Done:
                return RedirectToPage("/Lending/Bookings/Mine", new { venteliste = 1 });
            case WaitlistOutcome.Invalid:
                Form.AddProblems(joined.Problems);
                return Invalid();
            case WaitlistOutcome.LimitReached:
                var max = options.Value.MaxActivePerResident.ToString(CultureInfo.InvariantCulture);
                Problem = L.T($"Du står allerede på {max} ventelister. Forlat en før du setter deg på en ny.",
                              $"You are already on {max} waiting lists. Leave one before you join another.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>An unknown <c>handler</c> (a GET of a POST-only action) is not found, rather than a page without data.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null) context.Result = NotFound();
    }

    private bool Check(bool details)
    {
        var type = Bookable.Type;
        if (Form.Size.Length > 0 && Bookable.SizeOf(Form.Size) is null)
            Form.AddError(BookingForm.SizeField, "Størrelse: velg en av størrelsene i listen.", "Size: choose one of the sizes in the list.");
        Form.CheckDates(Bookable.Hours, clock.Now, clock.Zone, type.MaxDays, type.LeadTimeHours);
        if (details) Form.CheckDetails(hoursKnown: Bookable.Hours.Schedule is not null);
        return !Form.HasErrors;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>"lørdag 5. desember kl. 10:00" for an instant.</summary>
    public string When(DateTimeOffset instant) => BookingLabels.When(clock.ToLocal(instant));

    /// <summary>The fields of the form as sent, with some replaced: for the buttons that book an alternative directly.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HiddenFields(string? size = null, BookingPeriod? period = null)
    {
        var f = Form;
        var fields = new List<KeyValuePair<string, string>>
        {
            new(BookingForm.SizeField, size ?? f.Size),
            new(BookingForm.FromField, f.FromText), new(BookingForm.ToField, f.ToText),
            new(BookingForm.PickupTimeField, f.PickupTimeText), new(BookingForm.ReturnTimeField, f.ReturnTimeText),
            new(BookingForm.PhoneField, f.Phone),
        };
        if (period is { } p)
        {
            var pickup = clock.ToLocal(p.PickupAt);
            var back = clock.ToLocal(p.ReturnBy);
            fields[1] = new(BookingForm.FromField, BookingForm.Iso(DateOnly.FromDateTime(pickup.DateTime)));
            fields[2] = new(BookingForm.ToField, BookingForm.Iso(DateOnly.FromDateTime(back.DateTime)));
            fields[3] = new(BookingForm.PickupTimeField, BookingForm.Clock(TimeOnly.FromDateTime(pickup.DateTime)));
            fields[4] = new(BookingForm.ReturnTimeField, BookingForm.Clock(TimeOnly.FromDateTime(back.DateTime)));
        }
        if (f.ForOther)
        {
            fields.Add(new(BookingForm.ForOtherField, "ja"));
            fields.Add(new(BookingForm.OtherNameField, f.OtherName));
            fields.Add(new(BookingForm.OtherAgeField, f.OtherAgeText));
        }
        return fields;
    }
}
