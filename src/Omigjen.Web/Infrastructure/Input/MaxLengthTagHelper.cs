using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Omigjen.Web.Infrastructure.Input;

/// <summary>
/// Gives each text input and text area the <c>maxlength</c> of the property its name binds to (<c>Form.City</c> →
/// <c>InitiativeForm.City</c>, or <c>asp-for</c> names), so the browser stops at the same limit the server enforces, written once on the model.
/// </summary>
[HtmlTargetElement("input", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class MaxLengthTagHelper : TagHelper
{
    private static readonly ConcurrentDictionary<(Type, string), int?> Limits = new();
    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase) { "text", "email", "url", "tel", "search", "password" };

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (output.TagName == "input" && context.AllAttributes["type"]?.Value?.ToString() is { } type && !TextTypes.Contains(type)) return;
        var name = context.AllAttributes["name"]?.Value?.ToString() ?? (context.AllAttributes["asp-for"]?.Value as ModelExpression)?.Name;
        if (name is not { Length: > 0 }) return;
        var limit = Find(ViewContext.ViewData.Model?.GetType(), name)
                    ?? Find((ViewContext.ActionDescriptor as CompiledPageActionDescriptor)?.HandlerTypeInfo, name);
        if (limit is { } max) output.Attributes.SetAttribute("maxlength", max);
    }

    /// <summary>The declared limit of the property <paramref name="name"/> binds to on <paramref name="model"/>, or null.</summary>
    public static int? Find(Type? model, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return model is null ? null : Limits.GetOrAdd((model, name), static key => Resolve(key.Item1, key.Item2));
    }

    private static int? Resolve(Type type, string name)
    {
        PropertyInfo? property = null;
        foreach (var part in name.Split('.'))
        {
            property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) return null;
            type = property.PropertyType;
        }
        if (property is null || (property.PropertyType != typeof(string) && !typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType))) return null;
        return property.IsDefined(typeof(System.ComponentModel.DataAnnotations.StringLengthAttribute), true)
               || property.IsDefined(typeof(System.ComponentModel.DataAnnotations.MaxLengthAttribute), true)
               || property.IsDefined(typeof(EachStringLengthAttribute), true)
            ? InputCheck.LimitOf(property)
            : null;
    }
}
