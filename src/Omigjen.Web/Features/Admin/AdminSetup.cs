using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Admin;

public static class AdminSetup
{
    /// <summary>Services of the administration pages.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddSingleton<SiteSettings>();
        services.AddScoped<ModerationDecisions>();
        services.AddNoticeTemplate<Notices.ModerationDecisionNotice>();
        // Every page under /Admin requires an administrator, also one added later without the base class.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Admin", Policies.Admin));
        return services;
    }
}
