using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// Logging repairs at a repair café on a phone (any member): one short form that saves and comes back empty with a
/// confirmation, and the session's tally and entries below it. The session is an occasion (<c>?okasjon=ID</c>) or a
/// day without one (<c>?dato=YYYY-MM-DD</c>, today by default). The tally also comes alone (<c>?handler=tally</c>) for
/// the page's small refresh script; without the script a reload shows the same.
/// </summary>
public sealed class RepairLogModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock, RepairLedger repairLedger)
    : InitiativePageModel(db, access)
{
    [BindProperty] public RepairForm Form { get; set; } = new();

    public RepairSession Session { get; private set; } = null!;
    public RepairTally Tally { get; private set; } = null!;
    public IReadOnlyList<RepairCategory> MostUsed { get; private set; } = [];

    /// <summary>The entry just saved, for the confirmation.</summary>
    public RepairEntry? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, long? okasjon, string? dato, int? lagret, CancellationToken ct)
    {
        if (await LoadSessionAsync(okasjon, dato, ct) is { } problem) return problem;
        if (lagret is { } id)
            Saved = await Db.RepairEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.InitiativeId == Initiative.Id, ct);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The tally and the session's entries alone, for the refresh script.</summary>
    public async Task<IActionResult> OnGetTallyAsync(string slug, long? okasjon, string? dato, CancellationToken ct)
    {
        if (await LoadSessionAsync(okasjon, dato, ct) is { } problem) return problem;
        Tally = await RepairTally.LoadAsync(Db, Initiative.Id, Session, Request, ct);
        Response.Headers.CacheControl = "no-store";
        return Partial("_Tally", this);
    }

    public async Task<IActionResult> OnPostAsync(string slug, long? okasjon, string? dato, CancellationToken ct)
    {
        if (await LoadSessionAsync(okasjon, dato, ct) is { } problem) return problem;
        // The form's own checks name every problem in both languages; binding's one-language messages are not shown.
        ModelState.Clear();
        var now = clock.Now.UtcDateTime;
        var entry = new RepairEntry
        {
            InitiativeId = Initiative.Id, ActivityOccasionId = Session.OccasionId, EventDate = Session.Date, Problem = "",
            LoggedById = User.UserId(), CreatedAt = now, RecordedAt = now,
        };
        if (!Form.TryApply(ModelState, entry, clock.Today.Year))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            Db.RepairEntries.Add(entry);
            await Db.SaveChangesAsync(ct);
            await repairLedger.SyncAsync(Db, entry, countedChanged: false, ct);
            await transaction.CommitAsync(ct);
        }
        return RedirectToPage(new { slug, okasjon = Session.OccasionId, dato = Session.DateQuery, lagret = entry.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tally = await RepairTally.LoadAsync(Db, Initiative.Id, Session, Request, ct);
        // The categories this initiative logs most, offered first.
        var used = await Db.RepairEntries.AsNoTracking().Where(e => e.InitiativeId == Initiative.Id)
            .GroupBy(e => new { e.OrdsCategoryId, e.GoodsCategory })
            .Select(g => new { g.Key.OrdsCategoryId, g.Key.GoodsCategory, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(8).ToListAsync(ct);
        MostUsed = used.Select(u => new RepairCategory(u.OrdsCategoryId, u.GoodsCategory)).ToList();
    }

    /// <summary>Reads the session from the query; an unknown or another initiative's occasion, or a bad date, is 404.</summary>
    private async Task<IActionResult?> LoadSessionAsync(long? occasionId, string? date, CancellationToken ct)
    {
        var session = await RepairSession.FindAsync(Db, Initiative.Id, occasionId, date, clock, ct);
        if (session is null) return NotFound();
        Session = session;
        return null;
    }

    public static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
