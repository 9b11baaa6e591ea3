using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>What the sign-up form posts.</summary>
public sealed class SignUpForm
{
    public int Guests { get; set; }
    public SignUpRole Role { get; set; }
    [StringLength(TextLimits.Name)] public string? Name { get; set; }
    [StringLength(TextLimits.Email)] public string? Email { get; set; }
}

/// <summary>
/// One occasion's sign-up on a page of its own (the activity page shows the same form through the "ActivitySignUp"
/// view component, which posts here; its cancel and accept buttons post to "Mine påmeldinger"). Open to everyone; posting is rate limited per client like sign-in, since it
/// sends e-mail to an address anyone can type.
/// </summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class SignUpModel(AppDbContext db, SignUpService signUps) : PageModel
{
    [BindProperty]
    public SignUpForm Form { get; set; } = new();

    public long OccasionId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(long occasionId, string? status, CancellationToken ct)
    {
        if (!await LoadAsync(occasionId, ct)) return NotFound();
        Notice = status switch
        {
            "pameldt" => L.T("Du er påmeldt. Bekreftelsen er sendt på e-post.", "You are signed up. The confirmation has been sent by e-mail."),
            "venteliste" => L.T("Det er fullt, så du står på ventelisten. Du får e-post om det blir ledig.", "It is full, so you are on the waiting list. You get an e-mail if places free up."),
            "bekreft" => L.T("Se e-posten din: åpne lenken for å bekrefte påmeldingen.", "Check your e-mail: open the link to confirm the sign-up."),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long occasionId, CancellationToken ct)
    {
        if (!await LoadAsync(occasionId, ct)) return NotFound();
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddError("Form.Guests", "signup-guests", "Skriv antall gjester som et helt tall.", "Enter the number of guests as a whole number.");
            return Page();
        }
        var userId = User.UserId();
        var result = await signUps.SignUpAsync(new SignUpRequest(occasionId, userId, Form.Name, Form.Email, Form.Guests, Form.Role), ct);
        if (result.Error is { } error)
        {
            var capacity = await db.ActivityOccasions.Where(o => o.Id == occasionId).Select(o => o.Capacity).FirstOrDefaultAsync(ct);
            var (nb, en) = SignUpErrors.Text(error, capacity);
            var (key, field) = error switch
            {
                SignUpError.TooManyGuests => ("Form.Guests", "signup-guests"),
                SignUpError.NameAndEmailRequired => ("Form.Name", "signup-name"),
                _ => ("Form", "signup-form"),
            };
            ModelState.AddError(key, field, nb, en);
            Response.StatusCode = error == SignUpError.UnknownOccasion ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return Page();
        }
        var status = result.SignUp!.Status switch
        {
            SignUpStatus.Waiting => "venteliste",
            SignUpStatus.Unconfirmed => "bekreft",
            _ => "pameldt",
        };
        return RedirectToPage("/Activities/SignUps/SignUp", new { occasionId, status });
    }

    private async Task<bool> LoadAsync(long occasionId, CancellationToken ct)
    {
        OccasionId = occasionId;
        Title = await db.ActivityOccasions.AsNoTracking().Where(o => o.Id == occasionId).Select(o => o.Series!.Title).FirstOrDefaultAsync(ct) ?? "";
        return Title.Length > 0;
    }
}
