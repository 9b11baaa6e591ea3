using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>Submits forms as a browser does: fields as rendered (including the antiforgery token), some of them changed.</summary>
public static class Forms
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response, string url)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(body).Address("https://localhost" + url));
    }

    /// <summary>GETs <paramref name="pageUrl"/>, fills the form matched by <paramref name="formSelector"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IReadOnlyDictionary<string, string>? values = null,
        string formSelector = "main form[method=post]")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var page = await client.GetAsync(pageUrl);
        var doc = await ParseAsync(page, pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} gave {(int)page.StatusCode}");
        var form = doc.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new Xunit.Sdk.XunitException($"No form '{formSelector}' on {pageUrl}: {doc.Body?.TextContent[..Math.Min(300, doc.Body.TextContent.Length)]}");
        return await client.PostFormAsync(form, values ?? new Dictionary<string, string>(), pageUrl);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string> values, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var fields = FieldsOf(form, values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(target, content);
    }

    /// <summary>The name/value pairs a browser would send for the form, with <paramref name="values"/> put in (a key ending in
    /// <c>[]</c> with "a|b" sets several values for one name).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    foreach (var o in select.Options.Where(o => o.IsSelected)) fields.Add(new(name, o.Value));
                    break;
            }
        }
        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key || (key.EndsWith("[]", StringComparison.Ordinal) && f.Key == key[..^2]));
            // "a|b" sets several values for one name (checkbox groups).
            if (key.EndsWith("[]", StringComparison.Ordinal))
                fields.AddRange(value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(v => new KeyValuePair<string, string>(key[..^2], v)));
            else
                fields.Add(new(key, value));
        }
        return fields;
    }

    public static HttpClient NoRedirectClient(this AppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
    }
}

/// <summary>People for tests, created straight in the user store (sign-up itself has its own tests).</summary>
public static class TestUsers
{
    public const string Password = "et langt passord for test";

    public static async Task<AppUser> CreateAsync(this AppFactory factory, string email, bool admin = false)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (admin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin)) await roles.CreateAsync(new IdentityRole(Roles.Admin));
            await users.AddToRoleAsync(user, Roles.Admin);
        }
        return user;
    }

    /// <summary>A client signed in as <paramref name="email"/> through the sign-in form; it does not follow redirects.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this AppFactory factory, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.NoRedirectClient();
        using var response = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Sign-in as {email} gave {(int)response.StatusCode}");
        return client;
    }
}
