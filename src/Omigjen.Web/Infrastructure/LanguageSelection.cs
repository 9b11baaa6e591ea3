using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Omigjen.Web.Infrastructure;

/// <summary>Bokmål by default; <c>?lang=en</c> switches and the choice is remembered in a cookie.</summary>
public static class LanguageSelection
{
    public const string QueryKey = "lang";
    public const string CookieName = "omigjen-lang";

    public static IApplicationBuilder UseLanguage(this IApplicationBuilder app)
    {
        var cultures = new[] { new CultureInfo("nb-NO"), new CultureInfo("en-GB") };
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders =
            [
                // "?lang=en" names a language, not a supported culture (en-GB), so it is mapped here.
                new CustomRequestCultureProvider(c => Task.FromResult<ProviderCultureResult?>(c.Request.Query[QueryKey].ToString() switch
                {
                    "en" => new ProviderCultureResult("en-GB"),
                    "nb" => new ProviderCultureResult("nb-NO"),
                    _ => null,
                })),
                new CookieRequestCultureProvider { CookieName = CookieName },
            ],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        app.UseRequestLocalization(options);
        // Remember an explicit choice so the next page keeps the language without the query parameter.
        return app.Use((context, next) =>
        {
            var requested = context.Request.Query[QueryKey].ToString();
            if (requested is "nb" or "en")
            {
                var culture = requested == "en" ? "en-GB" : "nb-NO";
                context.Response.Cookies.Append(CookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            return next(context);
        });
    }
}
