using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Reservations;

/// <summary>
/// The initiative's active holds (any member): code, item, resident, deadline; "Hentet" and "Frigi"; search by code.
/// Owners also set how many opening days a hold lasts.
/// </summary>
public sealed class HoldsModel(AppDbContext db, InitiativeAccess access, ReservationService reservations, AuditLog audit,
    DirectoryCache directory, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public List<ReservationView> Holds { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Code { get; private set; }
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }
    public FormErrors Errors { get; } = new();

    /// <summary>The value in the opening-days field (as typed, when it was wrong).</summary>
    public string DaysInput { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, string? kode, string? hentet, string? frigitt, string? lagret, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(kode))
        {
            Code = ReservationRules.NormalizeCode(kode);
            if (Code is null)
                Errors.Add("code-search", "Hentekode: skriv de 6 tegnene i koden, for eksempel K7M2QX.",
                    "Pickup code: enter the 6 characters of the code, for example K7M2QX.");
        }
        if (ReservationRules.NormalizeCode(hentet) is { } collected)
            Notice = L.T($"Reservasjonen {collected} er merket som hentet.", $"The hold {collected} is marked as collected.");
        else if (ReservationRules.NormalizeCode(frigitt) is { } released)
            Notice = L.T($"Reservasjonen {released} er frigitt, og varen er ledig igjen.", $"The hold {released} is released, and the item is available again.");
        else if (lagret is not null)
            Notice = L.T("Lagret.", "Saved.");
        await LoadHoldsAsync(kode is not null && Code is null, ct);
        return Page();
    }

    public Task<IActionResult> OnPostCollectAsync(string slug, int id, CancellationToken ct) => EndAsync(slug, id, collect: true, ct);

    public Task<IActionResult> OnPostReleaseAsync(string slug, int id, CancellationToken ct) => EndAsync(slug, id, collect: false, ct);

    private async Task<IActionResult> EndAsync(string slug, int id, bool collect, CancellationToken ct)
    {
        var code = await Db.Reservations.AsNoTracking().Where(r => r.Id == id && r.Item!.InitiativeId == Initiative.Id)
            .Select(r => r.Code).FirstOrDefaultAsync(ct);
        if (code is null) return NotFound();
        var outcome = collect
            ? await reservations.CollectAsync(id, Initiative.Id, ct)
            : await reservations.ReleaseAsync(id, Initiative.Id, ct);
        if (outcome == HandleStatus.NotFound) return NotFound();
        if (outcome == HandleStatus.Done)
        {
            await audit.WriteAsync(collect ? "hold-collected" : "hold-released", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, code, ct);
            return RedirectToPage("/Reservations/Holds", new RouteValueDictionary { ["slug"] = slug, [collect ? "hentet" : "frigitt"] = code });
        }
        Problem = L.T($"Reservasjonen {code} var allerede avsluttet (hentet, frigitt, avbestilt eller utløpt).",
            $"The hold {code} had already ended (collected, released, cancelled or expired).");
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadHoldsAsync(false, ct);
        return Page();
    }

    /// <summary>Owners: how many opening days after today a hold lasts (1–7).</summary>
    [OwnersOnly]
    public async Task<IActionResult> OnPostDaysAsync(string slug, string? holdOpeningDays, CancellationToken ct)
    {
        if (!int.TryParse(holdOpeningDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            || days < ReservationRules.MinOpeningDays || days > ReservationRules.MaxOpeningDays)
        {
            DaysInput = holdOpeningDays ?? "";
            Errors.Add("hold-days", "Åpningsdager for reservasjoner: skriv et helt tall fra 1 til 7.",
                "Opening days for holds: enter a whole number from 1 to 7.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadHoldsAsync(false, ct);
            return Page();
        }
        var before = Initiative.HoldOpeningDays;
        await Db.Initiatives.Where(i => i.Id == Initiative.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.HoldOpeningDays, days), ct);
        if (before != days)
        {
            await audit.WriteAsync("hold-days-changed", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
                string.Create(CultureInfo.InvariantCulture, $"{before} -> {days}"), ct);
            await directory.InvalidateAsync(ct);
        }
        return RedirectToPage("/Reservations/Holds", new { slug, lagret = 1 });

    }

    private async Task LoadHoldsAsync(bool none, CancellationToken ct)
    {
        if (DaysInput.Length == 0) DaysInput = Initiative.HoldOpeningDays.ToString(CultureInfo.InvariantCulture);
        var id = Initiative.Id;
        var query = Db.Reservations.Where(r => r.Status == ReservationStatus.Active && r.Item!.InitiativeId == id);
        if (none) query = query.Where(r => false);
        else if (Code is { } code) query = query.Where(r => r.Code == code);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Holds = await ReservationView.LoadAsync(Db, query.OrderBy(r => r.ExpiresAt).ThenBy(r => r.Id).Skip(Paging.Skip).Take(Paging.PageSize), ct);
    }

    public string Deadline(ReservationView r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var (nb, en) = ReservationRules.Describe(clock.ToLocal(r.ExpiresAt));
        return L.T(nb, en);
    }
}
