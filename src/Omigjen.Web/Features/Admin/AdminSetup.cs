namespace Omigjen.Web.Features.Admin;

public static class AdminSetup
{
    /// <summary>Services of the administration pages.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) => services;
}
