using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Admin;

/// <summary>Every initiative, whatever its moderation state, with a filter by state and a search on the name.</summary>
public sealed class InitiativesModel(AppDbContext db) : AdminPageModel
{
    public sealed record Row(int Id, string Slug, string Name, InitiativeStatus Status, ModerationState Moderation, DateOnly? LastConfirmed, int Members);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public ModerationState? State { get; private set; }
    public string Search { get; private set; } = "";

    public async Task OnGetAsync(string? moderering, string? q, CancellationToken ct)
    {
        State = Enum.GetValues<ModerationState>().Cast<ModerationState?>().FirstOrDefault(s => AdminText.Token(s!.Value) == moderering);
        Search = (q ?? "").Trim();

        var query = db.Initiatives.AsNoTracking();
        if (State is { } state) query = query.Where(i => i.Moderation == state);
        if (Search.Length > 0)
        {
            // Names are few (a municipality's initiatives) and Norwegian: match in memory, ignoring case and accents,
            // which neither database does the same way.
            var names = await query.Select(i => new { i.Id, i.Name }).ToListAsync(ct);
            var compare = CultureInfo.GetCultureInfo("nb-NO").CompareInfo;
            var ids = names.Where(n => compare.IndexOf(n.Name, Search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0).Select(n => n.Id).ToList();
            query = query.Where(i => ids.Contains(i.Id));
        }
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await query.OrderBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new Row(i.Id, i.Slug, i.Name, i.Status, i.Moderation, i.LastConfirmed, db.InitiativeMembers.Count(m => m.InitiativeId == i.Id)))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
    }
}
