using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>"Hva skjer": coming activities, filtered by week, children, free, kind and place; a plain form, so it works without JavaScript.</summary>
public sealed class WhatsOnModel(WhatsOnSearch search, MunicipalClock clock) : PageModel
{
    public WhatsOnQuery Query { get; private set; } = null!;
    public WhatsOnResult Result { get; private set; } = null!;
    public Paging Paging { get; private set; } = null!;
    public List<QueryError> Errors { get; } = [];
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Query = WhatsOnQuery.Parse(Request.Query, Errors);
        Result = await search.SearchAsync(Query with { PageSize = Paging.DefaultPageSize }, ct);
        Paging = Paging.For(Request, Result.Total);
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
