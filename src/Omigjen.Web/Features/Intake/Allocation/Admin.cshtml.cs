using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Intake.Allocation;

/// <summary>The allocation rule (the administrator picks it; the public page states it) and every lot still waiting, oldest first, with its age.</summary>
public sealed class AdminModel(AppDbContext db, MunicipalClock clock, TimeProvider time, AuditLog audit) : AdminPageModel
{
    public const string RuleId = "allocation-rule";

    public sealed record Waiting(long Id, string Station, IntakeCategory Category, int Count, decimal WeightKg, LotState State, DateTime RegisteredAt);

    [BindProperty, StringLength(20), SingleLine] public string? Rule { get; set; }

    public AllocationRule InForce { get; private set; }
    public DateTime? Since { get; private set; }
    public List<Waiting> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public DateTime Now { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task OnGetAsync(string? lagret, CancellationToken ct)
    {
        if (lagret is not null) StatusMessage = L.T("Regelen er lagret. Den gjelder fra neste fordeling.", "The rule is saved. It applies from the next allocation.");
        await LoadAsync(ct);
        Rule = InForce.ToString();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!Enum.TryParse<AllocationRule>(Rule, ignoreCase: false, out var rule) || !Enum.IsDefined(rule) || (Rule ?? "").Any(char.IsDigit))
        {
            ModelState.AddError(nameof(Rule), RuleId, "Regel: velg rotasjon eller færrest kg.", "Rule: choose rotation or fewest kg.");
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.AllocationRuleChanges.Add(new AllocationRuleChange { Rule = rule, ChangedAt = time.GetUtcNow().UtcDateTime, ChangedById = User.UserId() });
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("intake-allocation-rule", User.UserId(), User.Identity?.Name ?? "", detail: rule.ToString(), ct: ct);
        return RedirectToPage(new { lagret = 1 });
    }

    public static string Age(TimeSpan age) => age.TotalHours < 48
        ? L.T($"{(int)age.TotalHours} timer", $"{(int)age.TotalHours} hours")
        : L.T($"{(int)age.TotalDays} dager", $"{(int)age.TotalDays} days");

    private async Task LoadAsync(CancellationToken ct)
    {
        (InForce, Since) = await LotAllocator.RuleAsync(db, ct);
        Now = time.GetUtcNow().UtcDateTime;
        var waiting = db.IntakeLots.AsNoTracking().Active()
            .Where(l => l.State == LotState.Registered || l.State == LotState.PlannedForPickup || l.State == LotState.Announced || l.State == LotState.Allocated);
        Paging = Paging.For(Request, await waiting.CountAsync(ct));
        Rows = await waiting.OrderBy(l => l.RegisteredAt).ThenBy(l => l.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(l => new Waiting(l.Id, db.Stations.Where(s => s.Id == l.StationId).Select(s => s.Name).FirstOrDefault() ?? "", l.Category, l.Count, l.WeightKg, l.State, l.RegisteredAt))
            .ToListAsync(ct);
    }
}
