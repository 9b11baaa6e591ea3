using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Calendar;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Features.Impact;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Intake;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.OpeningHours;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Repair.Log;
using Omigjen.Web.Features.Repair.Services;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Features.SavedSearches;
using Omigjen.Web.Features.WorkTraining;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so it stays a page long.</summary>
public static class AppSetup
{
    public static void AddOmigjen(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSiteOptions();
        services.AddData();
        services.AddEmail();
        services.AddOutbox();
        services.AddAccounts(builder.Configuration);
        services.AddInitiatives();
        services.AddImpact();
        services.AddAdministration();
        services.AddEngagement();
        services.AddItems();
        services.AddItemPhotos();
        services.AddReservations();
        services.AddSavedSearches();
        services.AddLending();
        services.AddActivitySignUps();
        services.AddPoints();
        services.AddRepairServices();
        services.AddRepairLog();
        services.AddActivities();
        services.AddIntake();
        services.AddWorkTraining(builder.Configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MunicipalClock>();

        // The forms check on the server and show bilingual messages (Infrastructure/Forms); no client-side validation
        // script reads data-val-* attributes, so they are not written.
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddInputLimits();
        // Norwegian letters as themselves, not as &#xF8; entities: smaller pages, readable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "OMigjen API";
            doc.Info.Description = "Open data on reuse initiatives: directory, opening hours. Svar på norsk og engelsk.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddRateLimiting();
        services.AddDirectoryOutputCache();
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (options.MigrateOnStart ?? db.Database.IsSqlite())
            await DatabaseSetup.MigrateAsync(db);
        if (options.SeedDemoWhenEmpty ?? db.Database.IsSqlite())
            await DatabaseSetup.SeedDemoIfEmptyAsync(db, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<SlugAllocator>());
    }

    public static void UseOmigjen(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue("Security:BehindProxy", false))
        {
            // Behind a TLS-terminating proxy the original scheme decides secure cookies and HSTS.
            // Only from the configured proxies (Security:TrustedProxies); anyone else keeps their own address.
            app.UseForwardedHeaders(TrustedProxies.ForwardedHeaders(app.Configuration));
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/feil");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/feil", "?status={0}");
        app.UseSecurityHeaders();
        app.UsePrivateResponses();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl =
                c.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        app.UseLanguage();
        app.UseRouting();
        app.UseRequestBodyLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseEngagement();
        app.UseOutputCache();

        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimiting.ApiPolicy);
        api.MapInitiativesApi();
        api.MapOpeningHoursApi();
        api.MapUsageApi();
        api.MapItemsApi();
        api.MapReservationsApi();
        api.MapSavedSearches();
        api.MapLendingApi();
        api.MapImpactApi();
        api.MapRepairServicesApi();
        api.MapRepairLogApi();
        api.MapActivitiesApi();
        api.MapIntakeApi();
        app.MapItemPhotos();
        app.MapActivityCalendars();
        app.MapOpenApi("/api/{documentName}/openapi.json");
        app.MapRazorPages();
    }
}
