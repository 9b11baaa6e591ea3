using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>A new reward, as an initiative's owner or an administrator types it.</summary>
public sealed class RewardForm
{
    public const int TitleMax = 120;
    public const int DescriptionMax = 1000;
    public const int MaxPrice = 100_000;
    public const int MaxStock = 100_000;

    [StringLength(TitleMax), SingleLine] public string? TitleNb { get; set; }
    [StringLength(TitleMax), SingleLine] public string? TitleEn { get; set; }
    [StringLength(DescriptionMax)] public string? DescriptionNb { get; set; }
    [StringLength(DescriptionMax)] public string? DescriptionEn { get; set; }
    [StringLength(10), SingleLine] public string? Price { get; set; }
    [StringLength(10), SingleLine] public string? Stock { get; set; }
    [StringLength(20), SingleLine] public string? ValidFrom { get; set; }
    [StringLength(20), SingleLine] public string? ValidTo { get; set; }

    /// <summary>Checks every field and returns the reward, or null with the problems in <paramref name="modelState"/>.</summary>
    public Reward? Read(ModelStateDictionary modelState, int? initiativeId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var titleNb = TitleNb?.Trim() ?? "";
        if (titleNb.Length == 0)
            modelState.AddError("Form.TitleNb", "reward-title-nb", "Tittel (bokmål): skriv hva belønningen er.", "Title (Norwegian): enter what the reward is.");
        else if (titleNb.Length > TitleMax)
            modelState.AddError("Form.TitleNb", "reward-title-nb", $"Tittel (bokmål): høyst {TitleMax} tegn.", $"Title (Norwegian): at most {TitleMax} characters.");
        var titleEn = string.IsNullOrWhiteSpace(TitleEn) ? titleNb : TitleEn.Trim();
        if (titleEn.Length > TitleMax)
            modelState.AddError("Form.TitleEn", "reward-title-en", $"Tittel (engelsk): høyst {TitleMax} tegn.", $"Title (English): at most {TitleMax} characters.");
        var price = Whole(modelState, "Form.Price", "reward-price", Price, 1, MaxPrice, "Poengpris", "Points price");
        var stock = Whole(modelState, "Form.Stock", "reward-stock", Stock, 0, MaxStock, "Antall", "Stock");
        DateOnly? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(ValidFrom))
        {
            if (DateInput.TryDate(ValidFrom, out var d, typed: true)) from = d;
            else modelState.AddError("Form.ValidFrom", "reward-from", "Gyldig fra: skriv en dato, for eksempel 24.12.2026.", "Valid from: enter a date, for example 24.12.2026.");
        }
        if (!string.IsNullOrWhiteSpace(ValidTo))
        {
            if (DateInput.TryDate(ValidTo, out var d, typed: true)) to = d;
            else modelState.AddError("Form.ValidTo", "reward-to", "Gyldig til: skriv en dato, for eksempel 31.12.2026.", "Valid to: enter a date, for example 31.12.2026.");
        }
        if (from is { } f && to is { } t && t < f)
            modelState.AddError("Form.ValidTo", "reward-to", "Gyldig til: kan ikke være før «gyldig fra».", "Valid to: cannot be before «valid from».");
        if (!modelState.IsValid) return null;
        return new Reward
        {
            InitiativeId = initiativeId, TitleNb = titleNb, TitleEn = titleEn, DescriptionNb = Clean(DescriptionNb), DescriptionEn = Clean(DescriptionEn),
            PointsPrice = price, Stock = stock, ValidFrom = from, ValidTo = to, CreatedAt = now,
        };
    }

    private static int Whole(ModelStateDictionary modelState, string key, string id, string? typed, int min, int max, string nb, string en)
    {
        if (WholeNumber.Parse(typed, kroner: false) is { } n && n >= min && n <= max)
            return n;
        modelState.AddError(key, id, $"{nb}: skriv et helt tall fra {min} til {max}.", $"{en}: enter a whole number from {min} to {max}.");
        return 0;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
