using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Omigjen.Web.Infrastructure.Forms;

/// <summary>
/// A <see cref="ModelError"/> that keeps both languages, the id of the element it belongs to (for the summary's link)
/// and the order it was found in (a <see cref="ModelStateDictionary"/> enumerates by key, not by insertion).
/// </summary>
public sealed class BilingualModelError(string fieldId, string nb, string en, int order) : ModelError(L.T(nb, en))
{
    public string FieldId { get; } = fieldId;
    public string Nb { get; } = nb;
    public string En { get; } = en;
    public int Order { get; } = order;

    /// <summary>The message in the request's language.</summary>
    public string Text => L.T(Nb, En);

    public FormError ToFormError() => new(FieldId, Nb, En);
}
