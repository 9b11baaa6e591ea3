using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>One repair as a volunteer types it on a phone, with the checks and the bilingual messages.</summary>
public sealed class RepairForm
{
    [StringLength(20), SingleLine]
    public string? Category { get; set; }
    [StringLength(RepairEntryConfiguration.BrandMax), SingleLine]
    public string? Brand { get; set; }

    /// <summary>Age in years ("3,5") or the year it was made ("2015").</summary>
    [StringLength(10), SingleLine]
    public string? Age { get; set; }
    [StringLength(RepairEntryConfiguration.ProblemMax)]
    public string? Problem { get; set; }
    [StringLength(20), SingleLine]
    public string? Outcome { get; set; }
    [StringLength(40), SingleLine]
    public string? Barrier { get; set; }
    [StringLength(20), SingleLine]
    public string? SpareParts { get; set; } = nameof(Log.SpareParts.None);
    [StringLength(20), SingleLine]
    public string? Weight { get; set; }

    public static string Key(string property) => "Form." + property;

    public static RepairForm From(RepairEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new RepairForm
        {
            Category = RepairCategory.Of(e).Key,
            Brand = e.Brand,
            Age = e.YearOfManufacture?.ToString(CultureInfo.InvariantCulture) ?? FormatAge(e.AgeYears),
            Problem = e.Problem,
            Outcome = e.Outcome.ToString(),
            Barrier = e.Barrier?.ToString(),
            SpareParts = e.SpareParts.ToString(),
            Weight = WeightKg.Format(e.WeightKg),
        };
    }

    /// <summary>Checks every field; when all are fine, writes them to <paramref name="entry"/> and returns true.</summary>
    public bool TryApply(ModelStateDictionary errors, RepairEntry entry, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(entry);
        var category = RepairCategory.Parse(Category);
        if (category is null) errors.AddError(Key(nameof(Category)), "repair-category", "Velg hva slags ting det er.", "Choose what kind of thing it is.");
        int? year = null;
        decimal? age = null;
        if (!string.IsNullOrWhiteSpace(Age) && !TryReadAge(Age, currentYear, out year, out age))
            errors.AddError(Key(nameof(Age)), "repair-age", $"Alder: skriv alderen i år (for eksempel 3,5) eller året den ble laget (1900–{currentYear}).",
                $"Age: enter the age in years (for example 3.5) or the year it was made (1900–{currentYear}).");
        var problem = PersonalDataFilter.Clean(Problem).Trim();
        if (problem.Length == 0) errors.AddError(Key(nameof(Problem)), "repair-problem", "Skriv kort hva som var galt.", "Write briefly what was wrong.");
        var outcome = Enum.TryParse<RepairOutcome>(Outcome, out var o) && Enum.IsDefined(o) ? o : (RepairOutcome?)null;
        if (outcome is null) errors.AddError(Key(nameof(Outcome)), "repair-outcome-fixed", "Velg resultatet.", "Choose the outcome.");
        RepairBarrier? barrier = Enum.TryParse<RepairBarrier>(Barrier, out var b) && Enum.IsDefined(b) ? b : null;
        if (outcome == RepairOutcome.EndOfLife && barrier is null)
            errors.AddError(Key(nameof(Barrier)), "repair-barrier", "Velg hvorfor den ikke kan repareres.", "Choose why it cannot be repaired.");
        if (outcome is not null and not RepairOutcome.EndOfLife && !string.IsNullOrEmpty(Barrier))
            errors.AddError(Key(nameof(Barrier)), "repair-barrier", "Årsak gjelder bare ting som ikke kan repareres: fjern den, eller velg «Kan ikke repareres».",
                "A barrier applies only to end of life: remove it, or choose “End of life”.");
        var parts = Enum.TryParse<SpareParts>(SpareParts, out var p) && Enum.IsDefined(p) ? p : (SpareParts?)null;
        if (parts is null) errors.AddError(Key(nameof(SpareParts)), "repair-parts-none", "Velg om det trengs reservedeler.", "Choose whether spare parts are needed.");
        var weight = WeightKg.Read(errors, Key(nameof(Weight)), "repair-weight", Weight);
        if (errors.ErrorCount > 0) return false;

        entry.OrdsCategoryId = category!.Value.OrdsId;
        entry.GoodsCategory = category.Value.Goods;
        entry.Brand = string.IsNullOrWhiteSpace(Brand) ? null : Brand.Trim();
        entry.YearOfManufacture = year;
        entry.AgeYears = age;
        entry.Problem = problem;
        entry.Outcome = outcome!.Value;
        entry.Barrier = outcome == RepairOutcome.EndOfLife ? barrier : null;
        entry.SpareParts = parts!.Value;
        entry.WeightKg = weight;
        return true;
    }

    /// <summary>A whole number from 1900 to this year is the year it was made; anything else from 0 to 150 is an age in years (one decimal).</summary>
    public static bool TryReadAge(string text, int currentYear, out int? year, out decimal? age)
    {
        ArgumentNullException.ThrowIfNull(text);
        year = null;
        age = null;
        var t = text.Trim().Replace(',', '.');
        if (t.EndsWith("år", StringComparison.OrdinalIgnoreCase)) t = t[..^2].Trim();
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        if (value >= 1900 && value <= currentYear && value == decimal.Truncate(value))
        {
            year = (int)value;
            return true;
        }
        if (value < 0 || value > 150) return false;
        age = decimal.Round(value, 1, MidpointRounding.AwayFromZero);
        return true;
    }

    private static string? FormatAge(decimal? age)
    {
        if (age is not { } a) return null;
        var text = a.ToString("0.#", CultureInfo.InvariantCulture);
        return Omigjen.Web.Infrastructure.L.IsEnglish ? text : text.Replace('.', ',');
    }
}
