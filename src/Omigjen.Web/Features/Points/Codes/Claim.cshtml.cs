using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// The resident's side of a code: the QR code opens this page (or the code is typed), it says what the code is for,
/// and one button claims it. A visitor who is not signed in is sent to sign in and back here. Codes that do not exist
/// count as wrong guesses (<see cref="WrongGuesses"/>).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class ClaimModel(CodeClaims claims, WrongGuesses guesses) : PageModel
{
    /// <summary>The code as typed or scanned, normalised; null when none was given.</summary>
    public string? Code { get; private set; }
    public string? Typed { get; private set; }
    public ClaimResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? kode, CancellationToken ct)
    {
        Typed = code ?? kode;
        if (string.IsNullOrWhiteSpace(Typed)) return Page();
        return await LookAsync(claim: false, ct);
    }

    public async Task<IActionResult> OnPostAsync(string? code, [FromForm(Name = "kode")] string? typed, CancellationToken ct)
    {
        Typed = typed ?? code;
        return await LookAsync(claim: true, ct);
    }

    private async Task<IActionResult> LookAsync(bool claim, CancellationToken ct)
    {
        if (guesses.Blocked(HttpContext))
            return Refused(new ClaimResult(ClaimOutcome.TooManyGuesses));
        Code = CodeAlphabet.Normalize(Typed, CodeAlphabet.ClaimLength);
        var userId = User.UserId()!;
        Result = Code is null ? new ClaimResult(ClaimOutcome.Unknown)
            : claim ? await claims.ClaimAsync(Code, userId, ct)
            : await claims.LookUpAsync(Code, userId, ct);
        if (Result.Outcome == ClaimOutcome.Unknown) guesses.Count(HttpContext);
        if (Result.Outcome == ClaimOutcome.Credited)
            return RedirectToPage("/Points/Ledger/Mine", new { fikk = Result.Points });
        return Refused(Result);
    }

    private PageResult Refused(ClaimResult result)
    {
        Result = result;
        Response.StatusCode = result.StatusCode;
        return Page();
    }
}
