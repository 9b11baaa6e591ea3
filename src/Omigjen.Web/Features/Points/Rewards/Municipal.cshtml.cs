using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>The municipality's own rewards; their vouchers are accepted at any active issuer.</summary>
public sealed class MunicipalModel(AppDbContext db, AuditLog audit, TimeProvider time) : AdminPageModel
{
    [BindProperty] public RewardForm Form { get; set; } = new();
    public List<RewardRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync(string? lagret, CancellationToken ct)
    {
        if (lagret is not null) StatusMessage = L.T("Lagret.", "Saved.");
        await PrepareAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Form.Read(ModelState, null, time.GetUtcNow().UtcDateTime) is not { } reward)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await PrepareAsync(ct);
            return Page();
        }
        db.Rewards.Add(reward);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("points-reward-added", User.UserId(), PointsActor.Of(User), null, $"reward {reward.Id}: {reward.TitleNb}", ct);
        return RedirectToPage(new { lagret = 1 });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int rewardId, CancellationToken ct)
    {
        var done = await db.Rewards.Where(r => r.Id == rewardId && r.InitiativeId == null && !r.Withdrawn)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Withdrawn, true), ct);
        if (done == 0) return NotFound();
        await audit.WriteAsync("points-reward-withdrawn", User.UserId(), PointsActor.Of(User), null, $"reward {rewardId}", ct);
        return RedirectToPage(new { lagret = 1 });
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        var rewards = db.Rewards.AsNoTracking().Where(r => r.InitiativeId == null);
        Paging = Paging.For(Request, await rewards.CountAsync(ct));
        Rows = await RewardRow.LoadAsync(db, rewards, Paging.Skip, Paging.PageSize, ct);
    }
}
