using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Reports;

namespace Omigjen.Web.Features.Impact;

public static class ImpactSetup
{
    /// <summary>The impact ledger, its factor sets and reports.</summary>
    public static IServiceCollection AddImpact(this IServiceCollection services)
    {
        services.AddSingleton<ImpactLedger>();
        services.AddScoped<ImpactReports>();
        services.AddScoped<IPersonalDataPart, ImpactPersonalData>();
        services.AddSingleton<ReuseActReference>();
        services.AddScoped<Points.Codes.IPointsClaimHook, ReuseActClaimHook>();
        return services;
    }
}
