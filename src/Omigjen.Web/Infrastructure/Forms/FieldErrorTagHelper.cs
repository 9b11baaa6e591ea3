using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Omigjen.Web.Infrastructure.Forms;

/// <summary>
/// <c>&lt;field-error for="Form.Title" /&gt;</c>: the bilingual error of that field, as
/// <c>&lt;div class="ds-validation-message" id="{field id}-error"&gt;</c>, or nothing when the field is fine.
/// It stands in for <c>asp-validation-for</c>, which would render the message in one language only.
/// </summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>The key the error was added under: the bound name.</summary>
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ViewContext.ViewData.ModelState.ErrorFor(For) is not { } error)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "ds-validation-message");
        output.Attributes.SetAttribute("id", error.FieldId + "-error");
        output.Content.SetContent(error.Text);
    }
}
