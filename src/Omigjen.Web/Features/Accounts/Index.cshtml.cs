using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Accounts;

/// <summary>My account: what we hold about me (download as JSON) and deleting the account.</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, AuditLog audit, PersonalData personalData, TimeProvider time) : PageModel
{
    private static readonly JsonSerializerOptions JsonOut = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public AppUser Me { get; private set; } = null!;
    public bool IsAdmin { get; private set; }
    [BindProperty, StringLength(TextLimits.Password)] public string ConfirmPassword { get; set; } = "";
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        Me = me;
        IsAdmin = await users.IsInRoleAsync(me, Roles.Admin);
        return Page();
    }

    /// <summary>Everything stored about the signed-in person, as JSON.</summary>
    public async Task<IActionResult> OnGetDataAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        var data = await personalData.CollectAsync(db, users, me, ct);
        var json = JsonSerializer.SerializeToUtf8Bytes(data, JsonOut);
        return File(json, "application/json", "omigjen-mine-data.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        if (!await users.CheckPasswordAsync(me, ConfirmPassword))
        {
            Errors.Add("confirm-password", "Passord: stemmer ikke. Skriv passordet ditt for å slette kontoen.", "Password: does not match. Enter your password to delete the account.");
            return await OnGetAsync(ct);
        }
        if (!await personalData.DeleteAsync(db, users, me, time.GetUtcNow().UtcDateTime, ct))
        {
            Errors.Add("confirm-password", "Du er eneste eier av et tiltak. Gjør en kollega til eier, eller kontakt kommunen, før du sletter kontoen.",
                "You are the only owner of an initiative. Make a colleague owner, or contact the municipality, before deleting the account.");
            return await OnGetAsync(ct);
        }
        await signIn.SignOutAsync();
        await audit.WriteAsync("account-deleted", null, PersonalData.DeletedUser, ct: ct);
        return RedirectToPage("/Home/Index", new { slettet = 1 });
    }
}
