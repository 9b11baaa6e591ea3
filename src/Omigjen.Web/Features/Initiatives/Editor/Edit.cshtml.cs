using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>Edit the initiative's description, categories, place, contact, accessibility and consumer terms.</summary>
public sealed class EditModel(AppDbContext db, InitiativeAccess access, InitiativeEditor editor) : InitiativePageModel(db, access)
{
    [BindProperty] public InitiativeForm Form { get; set; } = new();
    [BindProperty] public int BaseVersion { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public SaveOutcome? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Form = InitiativeForm.From(Initiative);
        BaseVersion = Initiative.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        Errors = Form.Validate(full: true);
        if (Errors.Any) return Page();
        var outcome = await editor.SaveAsync(slug, BaseVersion, User, i => Form.ApplyTo(i, full: true), ct: ct);
        if (outcome.Status != SaveStatus.Conflict) return RedirectToPage("/Initiatives/Editor/Overview", new { slug, lagret = 1 });


        // Someone saved since this form was opened: keep this person's changes, take theirs for everything else.
        Conflict = outcome;
        var started = await StartedFromAsync(BaseVersion, ct);
        var current = await editor.LoadAsync(slug, ct);
        if (started is not null && current is not null)
            Form = InitiativeForm.Merge(InitiativeForm.From(started), Form, InitiativeForm.From(current));
        BaseVersion = outcome.Version;
        return Page();
    }

    private async Task<Initiative?> StartedFromAsync(int version, CancellationToken ct)
    {
        var revision = await Db.InitiativeRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.InitiativeId == Initiative.Id && r.Number == version, ct);
        if (revision is null) return null;
        var started = new Initiative { Slug = Initiative.Slug, Name = "" };
        InitiativeSnapshot.FromJson(revision.Snapshot).ApplyTo(started);
        return started;
    }
}
