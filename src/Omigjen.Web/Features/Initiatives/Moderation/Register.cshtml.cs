using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Editor;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Initiatives.Moderation;

/// <summary>
/// An actor registers an initiative with the few fields that matter first; it waits for a municipality
/// administrator, who approves it (the person becomes owner) or rejects it with a message.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class RegisterModel(AppDbContext db, AuditLog audit, TimeProvider time, SiteSettings settings, SlugAllocator slugs) : PageModel
{
    [BindProperty] public InitiativeForm Form { get; set; } = new();
    [BindProperty, StringLength(TextLimits.Message)] public string? Message { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public string? CreatedSlug { get; private set; }

    /// <summary>False when an administrator has switched registration off.</summary>
    public bool IsOpen { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => IsOpen = (await settings.GetAsync(db, ct)).IsModuleOn(SiteModules.PortalRegistration);

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
            Slug = "", Name = Form.Name.Trim(),
            Moderation = ModerationState.Pending, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        Form.ApplyTo(initiative, full: false);
        var userId = User.UserId()!;
        var email = User.Identity?.Name ?? "";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await slugs.AddAsync(db, initiative, ct);
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
}
