using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Admin;

/// <summary>Approved entries nobody has confirmed for six months (or ever), oldest first, with whom to ask.</summary>
public sealed class StaleModel(AppDbContext db, MunicipalClock clock) : AdminPageModel
{
    public const int Months = 6;

    public sealed record Row(int Id, string Slug, string Name, InitiativeStatus Status, DateOnly? LastConfirmed, DateTime? LastReminderAt)
    {
        public List<string> Owners { get; } = [];
    }

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public DateOnly Since { get; private set; }
    public MunicipalClock Clock => clock;

    /// <summary>An entry last confirmed before this day (in the municipality's calendar) is stale.</summary>
    public static DateOnly Cutoff(MunicipalClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Today.AddMonths(-Months);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Since = Cutoff(clock);
        var cutoff = Since;
        var query = db.Initiatives.AsNoTracking()
            .Approved().Where(i => i.LastConfirmed == null || i.LastConfirmed < cutoff);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        // Never confirmed first, then the oldest confirmation (the databases sort empty values differently).
        Rows = await query.OrderBy(i => i.LastConfirmed == null ? 0 : 1).ThenBy(i => i.LastConfirmed).ThenBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new Row(i.Id, i.Slug, i.Name, i.Status, i.LastConfirmed, i.LastReminderAt))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        var ids = Rows.Select(r => r.Id).ToList();
        var owners = await (from m in db.InitiativeMembers
                            join u in db.Users on m.UserId equals u.Id
                            where ids.Contains(m.InitiativeId) && m.Role == MemberRole.Owner
                            orderby u.Email
                            select new { m.InitiativeId, u.Email }).ToListAsync(ct);
        var byId = Rows.ToDictionary(r => r.Id);
        foreach (var o in owners.Where(o => o.Email is not null)) byId[o.InitiativeId].Owners.Add(o.Email!);
    }
}
