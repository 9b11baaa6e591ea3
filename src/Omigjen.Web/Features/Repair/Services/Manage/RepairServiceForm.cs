using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Repair.Services.Manage;

/// <summary>The portal form's side of <see cref="RepairServiceInput"/>: bound as <c>Form</c>, fields with ids <c>repair-…</c>.</summary>
public static class RepairServiceForm
{
    public static string Key(string field) => "Form." + field;

    public static string IdOf(string field) => "repair-" + field.ToLowerInvariant();

    /// <summary>Checks the form and puts every problem into <paramref name="modelState"/>; the values when all is well.</summary>
    public static RepairServiceValues? Validate(RepairServiceInput form, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        // The form's own checks name every problem in both languages; binding's one-language messages are not shown.
        modelState.Clear();
        var errors = form.Check(out var values);
        foreach (var e in errors) modelState.AddError(Key(e.Field), IdOf(e.Field), e.Nb, e.En);
        return errors.Count == 0 ? values : null;
    }
}

/// <summary>The model of <c>_RepairFields</c>: the bound form, so <c>asp-for="Form.What"</c> names the fields as the page binds them.</summary>
public sealed record RepairFieldsView(RepairServiceInput Form);
