using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Portal;

/// <summary>
/// An actor registers an initiative with the few fields that matter first; it waits for a municipality
/// administrator, who approves it (the person becomes owner) or rejects it with a message.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class RegisterModel(AppDbContext db, AuditLog audit, TimeProvider time, Admin.SiteSettings settings) : PageModel
{
    [BindProperty] public InitiativeForm Form { get; set; } = new();
    [BindProperty, StringLength(TextLimits.Message)] public string? Message { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public string? CreatedSlug { get; private set; }

    /// <summary>False when an administrator has switched registration off.</summary>
    public bool IsOpen { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => IsOpen = (await settings.GetAsync(db, ct)).IsModuleOn(Admin.SiteModules.PortalRegistration);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        if (!IsOpen) return Page();
        Errors = Form.Validate(full: false);
        if (Message is { Length: > 2000 })
            Errors.Add("message", "Melding: høyst 2000 tegn.", "Message: at most 2000 characters.");
        if (Errors.Any) return Page();

        var now = time.GetUtcNow().UtcDateTime;
        var initiative = new Initiative
        {
            Slug = await UniqueSlugAsync(Slugs.From(Form.Name), ct), Name = Form.Name.Trim(),
            Moderation = ModerationState.Pending, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        Form.ApplyTo(initiative, full: false);
        var userId = PortalAccess.UserId(User)!;
        var email = User.Identity?.Name ?? "";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        db.InitiativeRevisions.Add(new InitiativeRevision
        {
            InitiativeId = initiative.Id, Number = 1, At = now, UserId = userId, Author = email,
            Summary = "Registrert / registered", Snapshot = InitiativeSnapshot.Of(initiative).ToJson(),
        });
        db.ModerationRequests.Add(new ModerationRequest
        {
            Kind = ModerationKind.Registration, InitiativeId = initiative.Id, UserId = userId, Message = Message?.Trim() ?? "",
            State = ModerationState.Pending, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await audit.WriteAsync("initiative-registered", userId, email, initiative.Id, initiative.Name, ct);
        CreatedSlug = initiative.Slug;
        return Page();
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; await db.Initiatives.AnyAsync(i => i.Slug == candidate, ct); n++)
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        return candidate;
    }
}

public static class Slugs
{
    /// <summary>"Fretex Asker Sentrum" → "fretex-asker-sentrum"; æ, ø, å become ae, o, a.</summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
        {
            var s = ch switch { 'æ' => "ae", 'ø' => "o", 'å' => "a", 'é' or 'è' => "e", 'ü' => "u", 'ö' => "o", 'ä' => "a", _ => char.IsAsciiLetterOrDigit(ch) ? ch.ToString() : "-" };
            sb.Append(s);
        }
        var slug = string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "tiltak" : slug;
    }
}
