using Omigjen.Web.Features.Impact.Ledger;

namespace Omigjen.Web.Features.Impact;

public static class ImpactSetup
{
    /// <summary>The impact ledger, its factor sets and reports.</summary>
    public static IServiceCollection AddImpact(this IServiceCollection services)
    {
        services.AddSingleton<ImpactLedger>();
        services.AddSingleton<ReuseActReference>();
        return services;
    }
}
