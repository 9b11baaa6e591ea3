using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>One sign-up as the organiser sees it.</summary>
public sealed record AttendeeRow(ActivitySignUp SignUp, string Who);

/// <summary>
/// The organiser's list of one occasion (members): visitors with their places and status (paged), attendance per
/// confirmed visitor, a counter of walk-ins, and the volunteers (fixers, hosts) apart from the visitors.
/// </summary>
public sealed class AttendeesModel(AppDbContext db, InitiativeAccess access, SignUpAttendance attendance, MunicipalClock clock)
    : InitiativePageModel(db, access)
{
    /// <summary>At most this many volunteers are listed (an occasion rarely has more).</summary>
    public const int MaxVolunteers = 100;

    public ActivityOccasion Occasion { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string When { get; private set; } = "";
    public List<AttendeeRow> Visitors { get; private set; } = [];
    public List<AttendeeRow> Volunteers { get; private set; } = [];
    public int WaitingCount { get; private set; }
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, long occasionId, CancellationToken ct) =>
        await LoadAsync(occasionId, ct) ? Page() : NotFound();

    /// <summary>Marks whether a confirmed visitor came ("ja", "nei" or "" for not marked).</summary>
    public async Task<IActionResult> OnPostAttendedAsync(string slug, long occasionId, long signUpId, string? came, CancellationToken ct)
    {
        bool? value = came switch { "ja" => true, "nei" => false, _ => null };
        if (!await attendance.MarkAsync(Initiative.Id, signUpId, value, ct)) return NotFound();
        return RedirectToPage("/Activities/SignUps/Attendees", new { slug, occasionId, side = Request.Query[Paging.QueryKey].ToString() is { Length: > 0 } p ? p : null });
    }

    /// <summary>One more or one fewer walk-in.</summary>
    public async Task<IActionResult> OnPostWalkInsAsync(string slug, long occasionId, int delta, CancellationToken ct)
    {
        if (delta is not (1 or -1)) return BadRequest();
        await attendance.CountWalkInsAsync(Initiative.Id, occasionId, delta, ct);
        if (!await Db.ActivityOccasions.AnyAsync(o => o.Id == occasionId && o.InitiativeId == Initiative.Id, ct)) return NotFound();
        return RedirectToPage("/Activities/SignUps/Attendees", new { slug, occasionId });
    }

    private async Task<bool> LoadAsync(long occasionId, CancellationToken ct)
    {
        var id = Initiative.Id;
        var occasion = await Db.ActivityOccasions.AsNoTracking().Include(o => o.Series)
            .FirstOrDefaultAsync(o => o.Id == occasionId && o.InitiativeId == id, ct);
        if (occasion?.Series is null) return false;
        (Occasion, Title) = (occasion, occasion.Series.Title);
        When = TimeText.DayAndTime(clock.ToLocal(occasion.StartUtc));
        var all = Db.ActivitySignUps.AsNoTracking().Where(s => s.OccasionId == occasionId);
        var visitors = all.Where(s => s.Role == SignUpRole.Visitor && s.Status != SignUpStatus.Cancelled && s.Status != SignUpStatus.Lapsed);
        WaitingCount = await visitors.CountAsync(s => s.Status == SignUpStatus.Waiting, ct);
        Paging = Paging.For(Request, await visitors.CountAsync(ct));
        Visitors = await Rows(visitors
            .OrderBy(s => s.Status == SignUpStatus.Confirmed ? 0 : s.Status == SignUpStatus.Offered ? 1 : s.Status == SignUpStatus.Waiting ? 2 : 3)
            .ThenBy(s => s.WaitPosition).ThenBy(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)).ToListAsync(ct);
        Volunteers = await Rows(all.Where(s => s.Role != SignUpRole.Visitor && s.Status == SignUpStatus.Confirmed)
            .OrderBy(s => s.Role).ThenBy(s => s.Id).Take(MaxVolunteers)).ToListAsync(ct);
        return true;
    }

    private IQueryable<AttendeeRow> Rows(IQueryable<ActivitySignUp> signUps) =>
        signUps.Select(s => new AttendeeRow(s, s.Name ?? Db.Users.Where(u => u.Id == s.UserId).Select(u => u.Email).FirstOrDefault() ?? s.Email ?? ""));
}
