using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Points.Rules;

/// <summary>The programme's rules: points per action, caps, and how long codes and points last. Each save is audited.</summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, TimeProvider time) : AdminPageModel
{
    /// <summary>The fields: bound name, element id, label nb/en, and the range.</summary>
    public static readonly IReadOnlyList<(string Key, string Nb, string En, int Min, int Max)> Fields =
    [
        (nameof(ProgrammeRules.BuyingUsedPoints), "Poeng for kjøp av brukt", "Points for buying used", 0, 10_000),
        (nameof(ProgrammeRules.LoanPoints), "Poeng for et lån", "Points for a loan", 0, 10_000),
        (nameof(ProgrammeRules.RepairPoints), "Poeng for en reparasjon", "Points for a repair", 0, 10_000),
        (nameof(ProgrammeRules.HandInPoints), "Poeng for å levere til ombruk", "Points for handing in for reuse", 0, 10_000),
        (nameof(ProgrammeRules.ActivityPoints), "Poeng for å delta i en aktivitet", "Points for taking part in an activity", 0, 10_000),
        (nameof(ProgrammeRules.ResidentDailyCap), "Tak per innbygger per dag", "Cap per resident per day", 0, 1_000_000),
        (nameof(ProgrammeRules.ResidentMonthlyCap), "Tak per innbygger per måned", "Cap per resident per month", 0, 1_000_000),
        (nameof(ProgrammeRules.IssuerDailyCap), "Tak per tiltak per dag", "Cap per initiative per day", 0, 10_000_000),
        (nameof(ProgrammeRules.CodeLifetimeMinutes), "Kodens levetid (minutter)", "Code lifetime (minutes)", 1, 24 * 60),
        (nameof(ProgrammeRules.PointsLifetimeMonths), "Poengenes levetid (måneder)", "Points lifetime (months)", 1, 120),
    ];

    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];

    public async Task OnGetAsync(int? lagret, CancellationToken ct)
    {
        if (lagret == 1) StatusMessage = L.T("Reglene er lagret.", "The rules are saved.");
        var rules = await db.CurrentAsync(ct);
        Values = Fields.ToDictionary(f => f.Key, f => (string?)Get(rules, f.Key).ToString(CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var rules = await db.PointsRules.FirstOrDefaultAsync(r => r.Id == ProgrammeRules.SingletonId, ct);
        var isNew = rules is null;
        rules ??= new ProgrammeRules();
        var changes = new List<string>();
        foreach (var (key, nb, en, min, max) in Fields)
        {
            var value = WholeNumber.Parse(Values.GetValueOrDefault(key), kroner: false);
            if (value is not { } v || v < min || v > max)
            {
                ModelState.AddError($"Values[{key}]", FieldId(key), $"{nb}: skriv et helt tall fra {min} til {max}.", $"{en}: enter a whole number from {min} to {max}.");
                continue;
            }
            if (Get(rules, key) != v) changes.Add($"{key}: {Get(rules, key)} → {v}");
            typeof(ProgrammeRules).GetProperty(key)!.SetValue(rules, v);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        rules.UpdatedAt = time.GetUtcNow().UtcDateTime;
        if (isNew) db.PointsRules.Add(rules);
        await db.SaveChangesAsync(ct);
        if (changes.Count > 0)
            await audit.WriteAsync("points-rules-changed", User.UserId(), PointsActor.Of(User), null, string.Join("; ", changes), ct);
        return RedirectToPage(new { lagret = 1 });
    }

    public static string FieldId(string key) => "rule-" + key.ToLowerInvariant();

    private static int Get(ProgrammeRules rules, string key) => (int)typeof(ProgrammeRules).GetProperty(key)!.GetValue(rules)!;
}
