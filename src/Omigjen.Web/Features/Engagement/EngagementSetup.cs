using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Engagement;

public static class EngagementSetup
{
    private const string DetailsPrefix = "/initiativ/";

    /// <summary>Usage counting and the "is this still correct?" reminders.</summary>
    public static IServiceCollection AddEngagement(this IServiceCollection services)
    {
        services.AddSingleton<UsageCounter>();
        services.AddSingleton<EntryConfirmTokens>();
        services.AddSingleton<StaleEntryReminders>();
        services.AddNoticeTemplate<Notices.StaleEntryReminderNotice>();
        // The build starts the app to write the OpenAPI document; it has no database, so no background work then.
        if (BuildTime.IsDocumentGeneration) return services;
        services.AddHostedService<UsageFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<StaleEntryReminders>());
        return services;
    }

    /// <summary>
    /// Middleware for usage counting (runs before the output cache, so cached pages count too): a successful GET of an
    /// initiative's page by something that does not call itself a bot is one page view. Nothing about the visitor is
    /// read or stored, and no cookie is set; see <see cref="UsageCounter"/>.
    /// </summary>
    public static IApplicationBuilder UseEngagement(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var counter = app.ApplicationServices.GetRequiredService<UsageCounter>();
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (DetailsSlug(context) is { } slug) counter.Record(slug, UsageKind.PageView);
        });
    }

    /// <summary>The slug when this request was a page view worth counting, else null.</summary>
    private static string? DetailsSlug(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || context.Response.StatusCode != StatusCodes.Status200OK) return null;
        var path = request.Path.Value;
        if (path is null || !path.StartsWith(DetailsPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var slug = path[DetailsPrefix.Length..].TrimEnd('/');
        if (slug.Length == 0 || slug.Contains('/', StringComparison.Ordinal)) return null;
        // Link previews and speculative prefetches are not someone looking at the page.
        if (request.Headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)) return null;
        return UsageCounter.LooksLikeBot(request.Headers.UserAgent.ToString()) ? null : slug;
    }
}
