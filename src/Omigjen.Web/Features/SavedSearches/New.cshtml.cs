using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>Save the search in the URL: a name and how often to be told about new items.</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class NewModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time) : PageModel
{
    [BindProperty, StringLength(TextLimits.Name), SingleLine] public string Name { get; set; } = "";
    [BindProperty] public AlertFrequency Frequency { get; set; } = AlertFrequency.Immediate;
    [BindProperty, StringLength(2000)] public string Query { get; set; } = "";
    public string Summary { get; private set; } = "";
    public FormErrors Errors { get; } = new();

    public IActionResult OnGet()
    {
        if (Canonical(Request.QueryString.Value ?? "") is not { } canonical) return BadRequest();
        Query = canonical.Query;
        Name = canonical.Name;
        Summary = IndexModel.Describe(Query);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Canonical(Query) is not { } canonical) return BadRequest();
        Query = canonical.Query;
        Summary = IndexModel.Describe(Query);
        Name = (Name ?? "").Trim();
        if (Name.Length == 0) Errors.Add("name", "Navn: skriv et navn på søket.", "Name: give the search a name.");
        else if (Name.Length > 200) Errors.Add("name", "Navn: høyst 200 tegn.", "Name: at most 200 characters.");
        if (!Enum.IsDefined(Frequency)) Errors.Add("frequency-Immediate", "Varsling: velg et av valgene.", "Alerts: choose one of the options.");
        var me = users.GetUserId(User)!;
        if (await db.SavedSearches.CountAsync(s => s.UserId == me, ct) >= SavedSearchesSetup.MaxPerResident)
            Errors.Add("name", $"Du kan ha høyst {SavedSearchesSetup.MaxPerResident} lagrede søk. Slett et først.",
                $"You can keep at most {SavedSearchesSetup.MaxPerResident} saved searches. Delete one first.");
        if (Errors.Any) return Page();

        var now = time.GetUtcNow().UtcDateTime;
        db.SavedSearches.Add(new SavedSearch
        {
            UserId = me, Name = Name, Query = Query, Frequency = Frequency, CreatedAt = now, NotifiedUpTo = now,
            FeedToken = SavedSearchTokens.New(), UnsubscribeToken = SavedSearchTokens.New(),
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/SavedSearches/Index", new { melding = "lagret" });
    }

    /// <summary>The search in its canonical form (paging dropped) and a default name; null when the filters are not valid.</summary>
    private static (string Query, string Name)? Canonical(string queryString)
    {
        var errors = new List<Infrastructure.QueryError>();
        var q = ItemQueryParser.Parse(QueryHelpers.ParseQuery(queryString), errors);
        if (errors.Count > 0) return null;
        var canonical = q.ToQueryString();
        var name = q.HasText ? q.Text!.Trim() : IndexModel.Describe(canonical);
        return (canonical, name.Length > 200 ? name[..200] : name);
    }
}
