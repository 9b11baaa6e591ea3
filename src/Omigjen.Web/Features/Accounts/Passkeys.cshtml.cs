using System.Buffers.Text;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// My passkeys: list, rename, remove, and add one. Adding runs the WebAuthn ceremony in the browser
/// (wwwroot/js/passkeys.js); the server makes the options, checks the answer and stores the passkey.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed partial class PasskeysModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, MunicipalClock clock, TimeProvider time,
    ILogger<PasskeysModel> logger) : PageModel
{
    public const int MaxNameLength = 100;

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    /// <summary>What was just done, shown as a status message after the redirect: lagt-til, endret, fjernet.</summary>
    [BindProperty(SupportsGet = true, Name = "ok"), StringLength(20), SingleLine] public string? Done { get; set; }

    /// <summary>The JSON of the new credential from navigator.credentials.create().</summary>
    [BindProperty, StringLength(TextLimits.Credential)] public string? Credential { get; set; }
    [BindProperty, StringLength(TextLimits.Name), SingleLine] public string? Name { get; set; }
    /// <summary>The credential id (base64url) of the passkey to rename or remove.</summary>
    [BindProperty, StringLength(TextLimits.Token), SingleLine] public string? PasskeyId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        await LoadAsync(me);
        return Page();
    }

    /// <summary>Creation options for navigator.credentials.create(), as JSON. The challenge is kept in a short-lived cookie.</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        var email = me.Email ?? me.UserName ?? me.Id;
        var json = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = me.Id,
            Name = email,
            DisplayName = string.IsNullOrWhiteSpace(me.DisplayName) ? email : me.DisplayName,
        });
        return Content(json, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        var name = Name?.Trim() ?? "";
        if (name.Length > MaxNameLength)
        {
            Errors.Add("passkey-name", $"Navn: høyst {MaxNameLength} tegn.", $"Name: at most {MaxNameLength} characters.");
            await LoadAsync(me);
            return Page();
        }

        var failure = await AttestAsync(me, name, ct);
        if (failure is not null)
        {
            LogRefused(logger, failure);
            Errors.Add("passkey-name",
                "Passnøkkelen ble ikke lagret: svaret fra enheten kunne ikke godkjennes. Prøv igjen, eller bruk en annen enhet eller nettleser.",
                "The passkey was not saved: the answer from the device could not be accepted. Try again, or use another device or browser.");
            await LoadAsync(me);
            return Page();
        }
        return RedirectToPage(new { ok = "lagt-til" });
    }

    /// <summary>Checks the new credential against the options made for this browser and stores it; the reason on failure.</summary>
    private async Task<string?> AttestAsync(AppUser me, string name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Credential)) return "no credential";
        PasskeyAttestationResult result;
        try
        {
            result = await signIn.PerformPasskeyAttestationAsync(Credential);
        }
        catch (InvalidOperationException)
        {
            // No creation options were requested in this browser first (or they were already used).
            return "no ceremony underway";
        }
        if (!result.Succeeded) return result.Failure.Message;
        // The options were made for the person signed in when they were asked for; it must be the same person now.
        if (!string.Equals(result.UserEntity.Id, me.Id, StringComparison.Ordinal)) return "made for another user";

        var p = result.Passkey;
        var label = name.Length > 0 ? name
            : L.T("Passnøkkel", "Passkey") + " " + clock.LocalNow.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        // Rebuilt so the creation time comes from the application's clock.
        var passkey = new UserPasskeyInfo(p.CredentialId, p.PublicKey, time.GetUtcNow(), p.SignCount, p.Transports, p.IsUserVerified,
            p.IsBackupEligible, p.IsBackedUp, p.AttestationObject, p.ClientDataJson)
        { Name = label };
        var stored = await users.AddOrUpdatePasskeyAsync(me, passkey);
        if (!stored.Succeeded) return string.Join("; ", stored.Errors.Select(e => e.Description));
        await audit.WriteAsync("passkey-added", me.Id, me.Email ?? "", detail: label, ct: ct);
        return null;
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        var (passkey, index) = await FindAsync(me);
        if (passkey is null) return await NotFoundAsync(me);
        var name = Name?.Trim() ?? "";
        var field = $"passkey-{index}-name";
        if (name.Length == 0)
            Errors.Add(field, "Nytt navn: skriv et navn, for eksempel «Mobilen min».", "New name: enter a name, for example “My phone”.");
        else if (name.Length > MaxNameLength)
            Errors.Add(field, $"Nytt navn: høyst {MaxNameLength} tegn.", $"New name: at most {MaxNameLength} characters.");
        if (Errors.Any)
        {
            await LoadAsync(me);
            return Page();
        }
        var old = passkey.Name ?? "";
        passkey.Name = name;
        var result = await users.AddOrUpdatePasskeyAsync(me, passkey);
        if (!result.Succeeded) throw new InvalidOperationException("Renaming a passkey failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        await audit.WriteAsync("passkey-renamed", me.Id, me.Email ?? "", detail: $"{old} → {name}", ct: ct);
        return RedirectToPage(new { ok = "endret" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        var (passkey, _) = await FindAsync(me);
        if (passkey is null) return await NotFoundAsync(me);
        var result = await users.RemovePasskeyAsync(me, passkey.CredentialId);
        if (!result.Succeeded) throw new InvalidOperationException("Removing a passkey failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        await audit.WriteAsync("passkey-removed", me.Id, me.Email ?? "", detail: passkey.Name ?? "", ct: ct);
        return RedirectToPage(new { ok = "fjernet" });
    }

    /// <summary>The signed-in person's passkey named by <see cref="PasskeyId"/>; only their own are ever found.</summary>
    private async Task<(UserPasskeyInfo? Passkey, int Index)> FindAsync(AppUser me)
    {
        var id = Decode(PasskeyId);
        if (id is null) return (null, -1);
        var mine = await MineAsync(me);
        var index = mine.FindIndex(p => p.CredentialId.AsSpan().SequenceEqual(id));
        return index < 0 ? (null, -1) : (mine[index], index);
    }

    private async Task<IActionResult> NotFoundAsync(AppUser me)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Errors.Add("passkeys", "Fant ikke passnøkkelen. Den kan allerede være fjernet.", "The passkey was not found. It may already have been removed.");
        await LoadAsync(me);
        return Page();
    }

    private async Task<List<UserPasskeyInfo>> MineAsync(AppUser me) =>
        [.. (await users.GetPasskeysAsync(me)).OrderBy(p => p.CreatedAt).ThenBy(p => Base64Url.EncodeToString(p.CredentialId), StringComparer.Ordinal)];

    private async Task LoadAsync(AppUser me)
    {
        var culture = CultureInfo.GetCultureInfo(L.IsEnglish ? "en-GB" : "nb-NO");
        Passkeys = [.. (await MineAsync(me)).Select(p => new PasskeyRow(
            Base64Url.EncodeToString(p.CredentialId),
            string.IsNullOrWhiteSpace(p.Name) ? L.T("Passnøkkel uten navn", "Unnamed passkey") : p.Name,
            TimeText.LongStamp(clock.ToLocal(p.CreatedAt))))];
    }

    private static byte[]? Decode(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 2000) return null;
        try
        {
            return Base64Url.DecodeFromChars(id.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A passkey was not added: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}

public sealed record PasskeyRow(string Id, string Name, string Created);
