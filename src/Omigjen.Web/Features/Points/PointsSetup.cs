using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Points.Codes;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Features.Points.Rewards;

namespace Omigjen.Web.Features.Points;

/// <summary>Services of the points programme. It has no API of its own: every use is a page.</summary>
public static class PointsSetup
{
    public static IServiceCollection AddPoints(this IServiceCollection services)
    {
        services.AddScoped<PointsCredits>();
        services.AddScoped<CodeIssuing>();
        services.AddScoped<CodeClaims>();
        services.AddScoped<IssuerDecisions>();
        services.AddScoped<Redemptions>();
        services.AddScoped<VoucherDesk>();
        services.AddSingleton<WrongGuesses>();
        services.AddScoped<IPersonalDataPart, PointsPersonalData>();
        return services;
    }
}
