using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Admin;

/// <summary>The audit log, newest first, with a filter by kind of event.</summary>
public sealed class LogModel(AppDbContext db, MunicipalClock clock) : AdminPageModel
{
    public sealed record Row(long Id, DateTime At, string Kind, string Actor, int? InitiativeId, string? InitiativeName, string? InitiativeSlug, string Detail);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Kinds { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Kind { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task OnGetAsync(string? hendelse, CancellationToken ct)
    {
        Kind = string.IsNullOrWhiteSpace(hendelse) ? null : hendelse.Trim();
        Kinds = await db.AuditEntries.AsNoTracking().Select(a => a.Kind).Distinct().OrderBy(k => k).ToListAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (Kind is not null) query = query.Where(a => a.Kind == Kind);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await (
                from a in query
                join i in db.Initiatives on a.InitiativeId equals (int?)i.Id into initiatives
                from i in initiatives.DefaultIfEmpty()
                orderby a.At descending, a.Id descending
                select new Row(a.Id, a.At, a.Kind, a.Actor, a.InitiativeId, i == null ? null : i.Name, i == null ? null : i.Slug, a.Detail))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
    }
}
