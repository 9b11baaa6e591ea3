using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Omigjen.Web.Infrastructure.Forms;

/// <summary>The bridge between <see cref="ModelStateDictionary"/> and the bokmål/English message pairs.</summary>
public static class ModelStateExtensions
{
    /// <summary>Adds the pair under <paramref name="key"/> (the bound name, <c>Form.Title</c>); the summary links to <paramref name="fieldId"/>.</summary>
    public static void AddError(this ModelStateDictionary modelState, string key, string fieldId, string nb, string en)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var order = modelState.ErrorCount;
        // Added as text first so the dictionary counts it and marks the entry invalid, then swapped for the pair.
        if (!modelState.TryAddModelError(key, L.T(nb, en))) return;
        var errors = modelState[key]!.Errors;
        errors[^1] = new BilingualModelError(fieldId, nb, en, order);
    }

    /// <summary>Adds a check's result (null when the value is fine).</summary>
    public static void AddError(this ModelStateDictionary modelState, string key, string fieldId, (string Nb, string En)? error)
    {
        if (error is { } e) modelState.AddError(key, fieldId, e.Nb, e.En);
    }

    /// <summary>The first bilingual error on <paramref name="key"/>, or null.</summary>
    public static BilingualModelError? ErrorFor(this ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) ? entry.Errors.OfType<BilingualModelError>().FirstOrDefault() : null;
    }

    /// <summary>Every bilingual error in the order it was added, for the summary at the top of the form.</summary>
    public static FormErrors Summary(this ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var summary = new FormErrors();
        foreach (var e in modelState.Values.SelectMany(v => v.Errors).OfType<BilingualModelError>().OrderBy(e => e.Order))
            summary.Add(e.FieldId, e.Nb, e.En);
        return summary;
    }
}
