using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Lending.Manage;

/// <summary>
/// One lendable type (any member): its terms, its photo, and its units. Units are added several at once
/// ("150 cm, 150 cm, 160 cm"), relabelled, and sent to maintenance, retired or made available again through
/// <see cref="DeskService.SetUnitStateAsync"/>, which moves the unit's coming bookings to another free unit of the
/// same size or cancels them, and tells the borrowers; the page says how many were moved and cancelled.
/// </summary>
[PhotoUploadLimit]
public sealed class EditTypeModel(AppDbContext db, InitiativeAccess access, PhotoUploads photos, PhotoField photoField, TimeProvider time, AuditLog audit,
    WaitlistService waitlist, DeskService desk) : InitiativePageModel(db, access)
{
    public const int MaxNoteLength = 500;

    public sealed record UnitRow(int Id, string Label, LendingUnitState State, string? StateNote, int Coming, bool IsOut);

    /// <summary>What was typed into one unit's form when it was refused.</summary>
    public sealed record UnitInput(string Label, string State, string Note);

    [BindProperty] public LendingTypeForm Form { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }
    [BindProperty, StringLength(TextLimits.AltText)] public string? PhotoAlt { get; set; }
    public LendingType Type { get; private set; } = null!;
    public List<UnitRow> Units { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int UnitTotal { get; private set; }
    public string? Notice { get; private set; }
    public string? NewUnits { get; private set; }
    public Dictionary<int, UnitInput> TypedUnits { get; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int id, string? lagret, int? flyttet, int? avlyst,
        [FromQuery(Name = PhotoUploadLimitAttribute.TooLargeQuery)] string? tooLarge, CancellationToken ct)
    {
        if (await LoadTypeAsync(slug, id, ct) is { } denied) return denied;
        Form = LendingTypeForm.From(Type);
        PhotoAlt = Type.PhotoAlt;
        Notice = lagret switch
        {
            null => null,
            "ny" => L.T("Typen er lagret. Legg gjerne til flere enheter eller et bilde.", "The type is saved. Add more units or a photo if you like."),
            "bilde" => L.T("Bildet er lagret.", "The photo is saved."),
            "bilde-slettet" => L.T("Bildet er slettet.", "The photo is deleted."),
            "enheter" => L.T("Enhetene er lagt til.", "The units are added."),
            "enhet" => UnitNotice(flyttet ?? 0, avlyst ?? 0),
            _ => L.T("Lagret.", "Saved."),
        };
        if (tooLarge is not null) PhotoField.TooLarge(ModelState);
        await LoadUnitsAsync(ct);
        return Page();
    }

    /// <summary>Saves the type's terms.</summary>
    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadTypeAsync(slug, id, ct) is { } denied) return denied;
        ModelState.Clear(); // the checks below name every problem in both languages
        Form.Validate(ModelState, isNew: false);
        if (!ModelState.IsValid)
        {
            PhotoAlt = Type.PhotoAlt;
            return await RefusedAsync(ct);
        }
        Form.ApplyTo(Type, Initiative.Locations.OrderBy(l => l.Id).FirstOrDefault(), time.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync(ct);
        await audit.WriteAsync("lending-type-updated", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
            $"type {Type.Id}: {Type.Name}{(Type.Archived ? " (archived)" : "")}", ct);
        return RedirectToPage("/Lending/Manage/EditType", new { slug, id = Type.Id, lagret = 1 });
    }

    /// <summary>Adds or replaces the photo, or (without a file) changes its image text.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadTypeAsync(slug, id, ct) is { } denied) return denied;
        ModelState.Clear(); // the checks below name every problem in both languages
        Form = LendingTypeForm.From(Type);
        var hasPhoto = Photo is { Length: > 0 };
        if (!hasPhoto && Type.PhotoKey is null) PhotoField.Add(ModelState, "Bilde: velg et bilde å legge til.", "Photo: choose a photo to add.");
        PhotoField.CheckAltText(ModelState, nameof(PhotoAlt), PhotoAlt);
        if (!ModelState.IsValid) return await RefusedAsync(ct);

        var oldKey = Type.PhotoKey;
        if (hasPhoto)
        {
            if (await photoField.StoreAsync(ModelState, Photo, kept: null, ct) is not { } stored) return await RefusedAsync(ct);
            Type.PhotoKey = stored.Key;
        }
        Type.PhotoAlt = PhotoAlt!.Trim();
        Type.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch
        {
            if (hasPhoto) await photos.DeleteAsync(Type.PhotoKey!);
            throw;
        }
        if (hasPhoto && oldKey is not null) await photos.DeleteAsync(oldKey);
        return RedirectToPage("/Lending/Manage/EditType", null, new { slug, id = Type.Id, lagret = "bilde" }, "bilde");
    }

    public async Task<IActionResult> OnPostDeletePhotoAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadTypeAsync(slug, id, ct) is { } denied) return denied;
        if (Type.PhotoKey is { } key)
        {
            Type.PhotoKey = null;
            Type.PhotoAlt = null;
            Type.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await Db.SaveChangesAsync(ct);
            await photos.DeleteAsync(key);
        }
        return RedirectToPage("/Lending/Manage/EditType", null, new { slug, id = Type.Id, lagret = "bilde-slettet" }, "bilde");
    }

    /// <summary>Adds units, one per label ("150 cm, 150 cm, 160 cm"); the waiting list gets its chance at them.</summary>
    public async Task<IActionResult> OnPostAddUnitsAsync(string slug, int id, string? newUnits, CancellationToken ct)
    {
        if (await LoadTypeAsync(slug, id, ct) is { } denied) return denied;
        ModelState.Clear(); // the checks below name every problem in both languages
        var (labels, error) = LendingTypeForm.ParseLabels(newUnits);
        if (error is { } e) ModelState.AddError(NewUnitsId, NewUnitsId, e.Nb, e.En);
        else if (labels.Count == 0)
            ModelState.AddError(NewUnitsId, NewUnitsId, "Nye enheter: skriv minst én størrelse eller ett nummer, for eksempel «150 cm, 160 cm».",
                "New units: enter at least one size or number, for example “150 cm, 160 cm”.");
        if (!ModelState.IsValid)
        {
            Form = LendingTypeForm.From(Type);
            PhotoAlt = Type.PhotoAlt;
            NewUnits = newUnits;
            return await RefusedAsync(ct);
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var label in labels)
            Db.LendingUnits.Add(new LendingUnit { TypeId = Type.Id, Label = label, LabelKey = LendingUnit.KeyOf(label), CreatedAt = now });
        Type.UpdatedAt = now;
        await Db.SaveChangesAsync(ct);
        await audit.WriteAsync("lending-units-added", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
            $"type {Type.Id}: {string.Join(", ", labels)}", ct);
        if (!Type.Archived) await waitlist.OfferFreedUnitsAsync(Type.Id, ct);
        return RedirectToPage("/Lending/Manage/EditType", null, new { slug, id = Type.Id, lagret = "enheter" }, "enheter");
    }

    /// <summary>
    /// Saves one unit: its label, and its state with a note. A change to maintenance or retired goes through the
    /// booking service, which moves or cancels the unit's coming bookings; the counts come back in the address.
    /// </summary>
    public async Task<IActionResult> OnPostUnitAsync(string slug, int id, int unitId, string? label, string? state, string? note, CancellationToken ct)
    {
        if (await LoadTypeAsync(slug, id, ct) is { } denied) return denied;
        ModelState.Clear(); // the checks below name every problem in both languages
        var unit = await Db.LendingUnits.FirstOrDefaultAsync(u => u.Id == unitId && u.TypeId == Type.Id, ct);
        if (unit is null) return NotFound();
        ModelState.AddError(UnitFieldId(unit.Id, "label"), UnitFieldId(unit.Id, "label"), LendingTypeForm.CheckLabel(label));
        if (!Enum.TryParse<LendingUnitState>(state, ignoreCase: false, out var target) || !Enum.IsDefined(target))
            ModelState.AddError(UnitFieldId(unit.Id, "state"), UnitFieldId(unit.Id, "state"), "Tilstand: velg tilgjengelig, til vedlikehold eller tatt ut av bruk.",
                "State: choose available, in maintenance or retired.");
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (cleanNote is { Length: > MaxNoteLength })
            ModelState.AddError(UnitFieldId(unit.Id, "note"), UnitFieldId(unit.Id, "note"), $"Merknad: høyst {MaxNoteLength} tegn.", $"Note: at most {MaxNoteLength} characters.");
        // A new size would silently change what the unit's coming borrowers booked.
        var now = time.GetUtcNow().UtcDateTime;
        if (label is not null && LendingUnit.KeyOf(label) != unit.LabelKey
            && await Db.Bookings.AnyAsync(b => b.UnitId == unit.Id && b.ReturnBy > now
                && BookingStatuses.Active.Contains(b.Status), ct))
        {
            ModelState.AddError(UnitFieldId(unit.Id, "label"), UnitFieldId(unit.Id, "label"), "Størrelse/merke: enheten har kommende bestillinger i denne størrelsen. Legg inn en ny enhet, eller send denne til vedlikehold først (da flyttes bestillingene).",
                "Size/label: the unit has coming bookings in this size. Add a new unit, or send this one to maintenance first (its bookings then move).");
        }
        if (!ModelState.IsValid)
        {
            Form = LendingTypeForm.From(Type);
            PhotoAlt = Type.PhotoAlt;
            TypedUnits[unit.Id] = new UnitInput(label ?? "", state ?? "", note ?? "");
            return await RefusedAsync(ct);
        }

        var newLabel = string.Join(' ', label!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var changes = new List<string>();
        if (newLabel != unit.Label)
        {
            changes.Add($"label {unit.Label} -> {newLabel}");
            unit.Label = newLabel;
            unit.LabelKey = LendingUnit.KeyOf(newLabel);
            await Db.SaveChangesAsync(ct);
        }
        int moved = 0, cancelled = 0;
        if (target != unit.State || cleanNote != unit.StateNote)
        {
            changes.Add($"state {unit.State} -> {target}");
            var result = await desk.SetUnitStateAsync(Initiative.Id, unit.Id, target, cleanNote, ct);
            if (result.Outcome == DeskOutcome.NotFound) return NotFound();
            (moved, cancelled) = (result.Moved, result.Cancelled);
        }
        if (changes.Count > 0)
        {
            await audit.WriteAsync("lending-unit-updated", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
                string.Create(CultureInfo.InvariantCulture, $"unit {unit.Id} of type {Type.Id}: {string.Join("; ", changes)}; moved {moved}, cancelled {cancelled}"), ct);
        }
        return RedirectToPage("/Lending/Manage/EditType", null, new { slug, id = Type.Id, lagret = "enhet", flyttet = moved, avlyst = cancelled },
            $"unit-{unit.Id}");
    }

    /// <summary>"Enheten er lagret. 2 bestillinger flyttet til en annen enhet, 1 avlyst. Låntakerne har fått beskjed."</summary>
    public static string UnitNotice(int moved, int cancelled)
    {
        if (moved == 0 && cancelled == 0) return L.T("Enheten er lagret.", "The unit is saved.");
        var nb = $"{Count(moved, "bestilling", "bestillinger")} flyttet til en annen enhet av samme størrelse, {cancelled} avlyst. Låntakerne har fått beskjed.";
        var en = $"{Count(moved, "booking", "bookings")} moved to another unit of the same size, {cancelled} cancelled. The borrowers have been told.";
        return L.T("Enheten er lagret. " + nb, "The unit is saved. " + en);

        static string Count(int n, string one, string many) =>
            n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
    }

    /// <summary>The element id (and error key) of the field that adds units.</summary>
    public const string NewUnitsId = "new-units";

    /// <summary>The element id (and error key) of a field in one unit's form: <c>unit-7-label</c>.</summary>
    public static string UnitFieldId(int unitId, string field) => string.Create(CultureInfo.InvariantCulture, $"unit-{unitId}-{field}");

    private async Task<IActionResult> RefusedAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadUnitsAsync(ct);
        return Page();
    }

    /// <summary>Checks access, then loads the type (tracked) of this initiative; 404 for another initiative's type.</summary>
    private async Task<IActionResult?> LoadTypeAsync(string slug, int id, CancellationToken ct)
    {
        var type = await Db.LendingTypes.FirstOrDefaultAsync(t => t.Id == id && t.InitiativeId == Initiative.Id, ct);
        if (type is null) return NotFound();
        Type = type;
        return null;
    }

    private async Task LoadUnitsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var typeId = Type.Id;
        var query = Db.LendingUnits.AsNoTracking().Where(u => u.TypeId == typeId);
        UnitTotal = await query.CountAsync(ct);
        Paging = Paging.For(Request, UnitTotal);
        Units = await query.OrderBy(u => u.State == LendingUnitState.Retired ? 1 : 0).ThenBy(u => u.LabelKey).ThenBy(u => u.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(u => new UnitRow(u.Id, u.Label, u.State, u.StateNote,
                Db.Bookings.Count(b => b.UnitId == u.Id && BookingStatuses.NotHandedOut.Contains(b.Status) && b.ReturnBy > now),
                Db.Bookings.Any(b => b.UnitId == u.Id && b.Status == BookingStatus.CheckedOut)))
            .ToListAsync(ct);
    }
}
