using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Editor;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Initiatives;

public static class InitiativesSetup
{
    /// <summary>The directory, the editor and the one access check of the initiatives' management pages.</summary>
    public static IServiceCollection AddInitiatives(this IServiceCollection services)
    {
        services.AddScoped<InitiativeAccess>();
        services.AddScoped<InitiativeEditor>();
        services.AddScoped<IPersonalDataPart, InitiativesPersonalData>();
        services.AddNoticeTemplate<Members.Notices.MemberInvitationNotice>();
        services.AddSingleton<DirectoryCache>();
        services.AddSingleton<ReservedSlugs>();
        services.AddSingleton<SlugAllocator>();
        services.Configure<MvcOptions>(o => o.Filters.Add<InitiativeAccessFilter>());
        return services;
    }
}
