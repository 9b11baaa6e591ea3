using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>A partner's agreement as the administrator edits it; every problem is named in both languages beside its field.</summary>
public sealed class PartnerForm
{
    [StringLength(20), SingleLine] public string? Agreement { get; set; } = nameof(AgreementKind.Standing);
    [StringLength(20), SingleLine] public string? StartsOn { get; set; }
    [StringLength(20), SingleLine] public string? EndsOn { get; set; }
    public bool NonProfit { get; set; }
    [StringLength(PartnerConfiguration.ReturnToUseMax)] public string? ReturnToUse { get; set; }
    [EachStringLength(40), SingleLine] public List<string> Categories { get; set; } = [];
    [EachStringLength(40), SingleLine] public List<string> FirstPick { get; set; } = [];

    public static string Key(string property) => "Form." + property;

    /// <summary>A new agreement: standing, twelve months from today.</summary>
    public static PartnerForm New(DateOnly today) => new()
    {
        StartsOn = Iso(today), EndsOn = Iso(today.AddMonths(12).AddDays(-1)),
    };

    public static PartnerForm Of(Partner p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PartnerForm
        {
            Agreement = p.Agreement.ToString(), StartsOn = Iso(p.StartsOn), EndsOn = Iso(p.EndsOn), NonProfit = p.NonProfit, ReturnToUse = p.ReturnToUse,
            Categories = p.Categories.Select(c => IntakeCategories.Of(c.Category).Token).ToList(),
            FirstPick = p.Categories.Where(c => c.FirstPick).Select(c => IntakeCategories.Of(c.Category).Token).ToList(),
        };
    }

    /// <summary>Checks the form and copies it onto <paramref name="partner"/>; false (nothing copied) when something is wrong.</summary>
    public bool TryApply(ModelStateDictionary errors, Partner partner)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(partner);
        if (!Enum.TryParse<AgreementKind>(Agreement, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || (Agreement ?? "").Any(char.IsDigit))
            errors.AddError(Key(nameof(Agreement)), "partner-agreement", "Avtale: velg fast eller kortvarig.", "Agreement: choose standing or short-term.");
        var startOk = DateInput.TryDate(StartsOn, out var starts, typed: true);
        if (!startOk)
            errors.AddError(Key(nameof(StartsOn)), "partner-starts", "Fra dato: skriv en dato som 2026-01-31.", "From date: enter a date such as 2026-01-31.");
        if (!DateInput.TryDate(EndsOn, out var ends, typed: true))
            errors.AddError(Key(nameof(EndsOn)), "partner-ends", "Til dato: skriv en dato som 2026-12-31.", "To date: enter a date such as 2026-12-31.");
        else if (startOk && ends < starts)
            errors.AddError(Key(nameof(EndsOn)), "partner-ends", "Til dato: må være samme dag som fra dato eller senere.", "To date: must be on or after the from date.");
        var returnToUse = (ReturnToUse ?? "").Trim();
        if (returnToUse.Length is 0 or > PartnerConfiguration.ReturnToUseMax)
            errors.AddError(Key(nameof(ReturnToUse)), "partner-return", "Tilbake til bruk: beskriv hvordan varene kommer i bruk igjen (høyst 1000 tegn).",
                "Back into use: describe how the goods return to use (at most 1000 characters).");
        var wanted = new List<IntakeCategory>();
        foreach (var token in Categories)
        {
            if (IntakeCategories.TryParse(token, out var c)) wanted.Add(c);
            else errors.AddError(Key(nameof(Categories)), "partner-categories", "Kategorier: velg fra listen.", "Categories: choose from the list.");
        }
        if (Categories.Count == 0)
            errors.AddError(Key(nameof(Categories)), "partner-categories", "Kategorier: velg minst én kategori partneren vil ha.", "Categories: choose at least one category the partner wants.");
        var first = new HashSet<IntakeCategory>();
        foreach (var token in FirstPick)
        {
            if (IntakeCategories.TryParse(token, out var c) && wanted.Contains(c)) first.Add(c);
            else errors.AddError(Key(nameof(FirstPick)), "partner-firstpick", "Førsterett: kan bare gis på kategorier partneren vil ha.", "First pick: can only be given on categories the partner wants.");
        }
        if (!errors.IsValid) return false;
        partner.Agreement = kind;
        partner.StartsOn = starts;
        partner.EndsOn = ends;
        partner.NonProfit = NonProfit;
        partner.ReturnToUse = returnToUse;
        partner.Categories.RemoveAll(c => !wanted.Contains(c.Category));
        foreach (var c in wanted.Distinct())
        {
            var row = partner.Categories.FirstOrDefault(x => x.Category == c);
            if (row is null) partner.Categories.Add(row = new PartnerCategory { Category = c });
            row.FirstPick = first.Contains(c);
        }
        return true;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string AgreementText(AgreementKind kind) => kind == AgreementKind.Standing ? L.T("Fast avtale", "Standing agreement") : L.T("Kortvarig avtale", "Short-term agreement");
}
