using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Reservations;

/// <summary>
/// Holds one unit of an item for pickup. The item page's button leads here: the page shows what is about to be held,
/// lets the resident choose the pickup day among the place's next opening days (as many as the initiative allows), and
/// a button confirms. Success goes on (PRG) to the resident's list with the new code.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class ReserveModel(AppDbContext db, ReservationService reservations, MunicipalClock clock, IOptions<ReservationOptions> options)
    : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int PriceNok { get; private set; }
    public string InitiativeName { get; private set; } = "";
    public bool CanReserve { get; private set; }
    public HoldExpiry? Expiry { get; private set; }

    /// <summary>The days the resident may choose; empty when the place's hours are unknown (the hold then lasts 48 hours).</summary>
    public IReadOnlyList<PickupDay> Days { get; private set; } = [];

    /// <summary>The chosen pickup day, "yyyy-MM-dd"; empty means the first offered day.</summary>
    [BindProperty, StringLength(10)] public string? Day { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Why the hold was not made (the page's status is then 409).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (CanReserve) await LoadDaysAsync(id, null, ct);
        else Problem = L.T("Varen er ikke ledig for reservasjon nå.", "The item is not available for holds now.");
        return Page();
    }

    private async Task LoadDaysAsync(int id, DateOnly? chosen, CancellationToken ct)
    {
        Days = await reservations.PickupDaysAsync(await InitiativeIdAsync(id, ct), ct);
        Expiry = reservations.ExpiryOn(Days, null);
        Day = (Days.FirstOrDefault(d => d.Date == chosen) ?? (Days.Count > 0 ? Days[0] : null))?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var day = ParseDay(Day);
        var result = string.IsNullOrWhiteSpace(Day) || day is not null
            ? await reservations.ReserveAsync(id, userId, day, ct)
            : new ReserveResult(ReserveStatus.DayNotOffered);
        if (result.Status == ReserveStatus.Reserved)
            return RedirectToPage("/Reservations/Mine", new { ny = result.Reservation!.Code });
        if (result.Status == ReserveStatus.NotFound || !await LoadAsync(id, ct)) return NotFound();
        if (result.Status == ReserveStatus.DayNotOffered && CanReserve)
        {
            // The days may have moved on since the page was shown (past midnight, new special hours): offer today's list.
            await LoadDaysAsync(id, day, ct);
            Errors.Add("day-0", "Hentedag: velg en av dagene i listen.", "Pickup day: choose one of the days in the list.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        CanReserve = false;
        Problem = result.Status switch
        {
            ReserveStatus.Taken => L.T("Noen andre rakk å reservere den siste rett før deg.", "Someone else reserved the last one just before you."),
            ReserveStatus.LimitReached => L.T(
                $"Du har allerede {MaxActive} aktive reservasjoner. Hent eller avbestill en før du reserverer mer.",
                $"You already have {MaxActive} active holds. Collect or cancel one before you reserve more."),
            _ => L.T("Varen er ikke lenger tilgjengelig.", "The item is no longer available."),
        };
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private int MaxActive => options.Value.MaxActivePerResident;

    /// <summary>"lørdag 12. desember, kl. 10.00–16.00" / "Saturday 12 December, 10:00–16:00".</summary>
    public string DayText(PickupDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var opens = clock.ToLocal(day.Opens);
        var closes = clock.ToLocal(day.Closes);
        var date = L.IsEnglish ? opens.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB"))
            : opens.ToString("dddd d'.' MMMM", CultureInfo.GetCultureInfo("nb-NO"));
        var range = TimeText.Range(TimeOnly.FromDateTime(opens.DateTime), TimeOnly.FromDateTime(closes.DateTime));
        return L.T($"{date}, kl. {range}", $"{date}, {range}");
    }

    public string ExpiryText
    {
        get
        {
            if (Expiry is not { } e) return "";
            var (nb, en) = ReservationRules.Describe(clock.ToLocal(e.ExpiresAt));
            return L.T("Hentes innen " + nb, "Pick up by " + en);
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Id, i.Title, i.PriceNok, i.Status, i.Available, Initiative = i.Initiative!.Name }).FirstOrDefaultAsync(ct);
        if (item is null) return false;
        Id = item.Id;
        Title = item.Title;
        PriceNok = item.PriceNok;
        InitiativeName = item.Initiative;
        CanReserve = item.Status == ItemStatus.Available && item.Available > 0;
        return true;
    }

    private Task<int> InitiativeIdAsync(int id, CancellationToken ct) =>
        db.Items.AsNoTracking().Where(i => i.Id == id).Select(i => i.InitiativeId).FirstAsync(ct);
}
