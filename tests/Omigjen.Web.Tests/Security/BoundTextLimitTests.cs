using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Tests.Security;

/// <summary>Every text a page binds (directly, inside a form object or in a list) names its limit on the model.</summary>
public sealed class BoundTextLimitTests
{
    [Fact]
    public void Every_bound_text_declares_its_maximum_length()
    {
        var missing = new List<string>();
        var pages = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} page models found");
        foreach (var page in pages)
        {
            var bindAll = page.IsDefined(typeof(BindPropertiesAttribute), true);
            foreach (var p in page.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (bindAll || p.IsDefined(typeof(BindPropertyAttribute), true)) Walk($"{page.Name}.{p.Name}", p, missing, 0);
            }
        }
        Assert.True(missing.Count == 0, "No [StringLength] on: " + string.Join(", ", missing));
    }

    private static void Walk(string path, PropertyInfo p, List<string> missing, int depth)
    {
        var type = p.PropertyType;
        var element = type == typeof(string) ? type : type.GetInterfaces().Concat([type])
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element == typeof(string))
        {
            var declared = type == typeof(string)
                ? p.IsDefined(typeof(StringLengthAttribute), true) || p.IsDefined(typeof(MaxLengthAttribute), true)
                : p.IsDefined(typeof(EachStringLengthAttribute), true); // StringLength on a list would throw in MVC's validation
            if (!declared) missing.Add(path);
            return;
        }
        var complex = element ?? type;
        if (depth > 3 || complex.Assembly != typeof(Program).Assembly || complex.IsEnum || complex.IsValueType) return;
        foreach (var inner in complex.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.SetMethod is { IsPublic: true }))
            Walk($"{path}.{inner.Name}", inner, missing, depth + 1);
    }

    [Theory]
    [InlineData("https://www.facebook.com/ombruk", true)]
    [InlineData("http://eksempel.no/side?x=1", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("//evil.test", false)]
    [InlineData("/relativ", false)]
    [InlineData("https://user:pass@evil.test", false)]
    [InlineData("https://eksempel.no/\u0000", false)]
    [InlineData("ftp://eksempel.no", false)]
    public void One_rule_decides_every_stored_link(string link, bool valid) => Assert.Equal(valid, WebLinks.IsValid(link));

    [Fact]
    public void Control_characters_and_lone_surrogates_are_refused_and_emoji_kept()
    {
        Assert.Null(InputCheck.CheckText("f", "Sykkel 🚲 med\nlinjer", 100, singleLine: false));
        Assert.NotNull(InputCheck.CheckText("f", "Sykkel\nlinje", 100, singleLine: true));
        Assert.NotNull(InputCheck.CheckText("f", "Fin\0sykkel", 100, singleLine: false));
        Assert.NotNull(InputCheck.CheckText("f", "halv \ud83d surrogat", 100, singleLine: false));
        Assert.NotNull(InputCheck.CheckText("f", new string('x', 101), 100, singleLine: false));
        Assert.Null(InputCheck.CheckText("f", new string('x', 100), 100, singleLine: false));
    }
}
