using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Notices;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending;

/// <summary>Services and endpoints for lending and rental.</summary>
public static class LendingSetup
{
    public static IServiceCollection AddLending(this IServiceCollection services)
    {
        services.AddOptions<LendingOptions>().BindConfiguration(LendingOptions.Section)
            .Validate(o => o.OfferHours is >= 1 and <= 168, "Lending:OfferHours: må være mellom 1 og 168 / must be between 1 and 168.")
            .Validate(o => o.MaxActivePerResident is >= 1 and <= 100, "Lending:MaxActivePerResident: må være mellom 1 og 100 / must be between 1 and 100.")
            .ValidateOnStart();
        services.AddScoped<Availability>();
        services.AddScoped<BookingService>();
        services.AddScoped<WaitlistService>();
        services.AddScoped<DeskService>();
        services.AddScoped<IPersonalDataPart, LendingPersonalData>();
        services.AddLendingNotices();
        services.AddLendingJobs();
        return services;
    }

    public static IEndpointRouteBuilder MapLendingApi(this IEndpointRouteBuilder endpoints) => LendingApi.Map(endpoints);
}
