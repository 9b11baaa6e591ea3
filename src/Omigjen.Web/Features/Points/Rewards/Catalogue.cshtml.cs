using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>The rewards on offer, and redeeming one for points: the resident gets a voucher code.</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class CatalogueModel(AppDbContext db, Redemptions redemptions, MunicipalClock clock) : PageModel
{
    public sealed record Row(int Id, string Title, string? Description, int Price, int Stock, string? Initiative, DateOnly? ValidTo);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int Balance { get; private set; }
    public string? Refusal { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => PrepareAsync(ct);

    public async Task<IActionResult> OnPostAsync(int rewardId, CancellationToken ct)
    {
        var result = await redemptions.RedeemAsync(User.UserId()!, rewardId, ct);
        if (result.Outcome == RedeemOutcome.Done) return RedirectToPage("/Points/Ledger/Mine", new { kupong = 1 });
        Refusal = result.Refusal;
        Response.StatusCode = result.Outcome == RedeemOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await PrepareAsync(ct);
        return Page();
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        Balance = (await PointsLedger.BalanceAsync(db, User.UserId()!, clock.Now.UtcDateTime, ct)).Available;
        var offered = db.Rewards.AsNoTracking().Offered(db, clock.Today);
        Paging = Paging.For(Request, await offered.CountAsync(ct));
        var english = L.IsEnglish;
        Rows = await offered.OrderBy(r => r.PointsPrice).ThenBy(r => r.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(r => new Row(r.Id, english ? r.TitleEn : r.TitleNb, english ? r.DescriptionEn ?? r.DescriptionNb : r.DescriptionNb, r.PointsPrice, r.Stock,
                db.Initiatives.Where(i => i.Id == r.InitiativeId).Select(i => i.Name).FirstOrDefault(), r.ValidTo))
            .ToListAsync(ct);
    }
}
