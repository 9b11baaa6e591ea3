using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>The rewards an initiative offers for points; owners add and withdraw them.</summary>
public sealed class ManageModel(AppDbContext db, InitiativeAccess access, AuditLog audit, TimeProvider time) : InitiativePageModel(db, access)
{
    [BindProperty] public RewardForm Form { get; set; } = new();
    public List<RewardRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string slug, string? lagret, CancellationToken ct)
    {
        if (lagret is not null) Notice = L.T("Lagret.", "Saved.");
        await PrepareAsync(ct);
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostCreateAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        if (Form.Read(ModelState, Initiative.Id, time.GetUtcNow().UtcDateTime) is not { } reward)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await PrepareAsync(ct);
            return Page();
        }
        Db.Rewards.Add(reward);
        await Db.SaveChangesAsync(ct);
        await audit.WriteAsync("points-reward-added", User.UserId(), PointsActor.Of(User), Initiative.Id, $"reward {reward.Id}: {reward.TitleNb}", ct);
        return RedirectToPage(new { slug, lagret = 1 });
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostWithdrawAsync(string slug, int rewardId, CancellationToken ct)
    {
        var done = await Db.Rewards.Where(r => r.Id == rewardId && r.InitiativeId == Initiative.Id && !r.Withdrawn)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Withdrawn, true), ct);
        if (done == 0) return NotFound();
        await audit.WriteAsync("points-reward-withdrawn", User.UserId(), PointsActor.Of(User), Initiative.Id, $"reward {rewardId}", ct);
        return RedirectToPage(new { slug, lagret = 1 });
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        var rewards = Db.Rewards.AsNoTracking().Where(r => r.InitiativeId == Initiative.Id);
        Paging = Paging.For(Request, await rewards.CountAsync(ct));
        Rows = await RewardRow.LoadAsync(Db, rewards, Paging.Skip, Paging.PageSize, ct);
    }
}
