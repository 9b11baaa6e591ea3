using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts;

public static class AccountsSetup
{
    /// <summary>Identity with our own pages, cookies, data-protection keys kept in the database, and the audit log.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var secure = configuration.GetValue("Security:CookieSecurePolicy", "Always") == "SameAsRequest"
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                // Length over composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();
        services.AddPasskeys(configuration);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "omigjen-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/konto/logg-inn";
            o.LogoutPath = "/konto/logg-ut";
            o.AccessDeniedPath = "/konto/ingen-tilgang";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            // The API answers with status codes, never with a redirect to a sign-in page.
            o.Events.OnRedirectToLogin = c => ApiOr(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiOr(c, StatusCodes.Status403Forbidden);
        });
        foreach (var scheme in new[] { IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, o => o.Cookie.SecurePolicy = secure);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "omigjen-af";
            o.Cookie.SecurePolicy = secure;
            o.FormFieldName = "__RequestVerificationToken";
        });

        // Keys in the database: a restart or a second node keeps everyone signed in and links valid.
        var protection = services.AddDataProtection().SetApplicationName("OMigjen");
        // The build runs the app without a database to write the OpenAPI document; keys are not needed then.
        if (!BuildTime.IsDocumentGeneration) protection.PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<PersonalData>();
        services.AddNoticeTemplate<ConfirmEmailNotice>();
        services.AddNoticeTemplate<PasswordResetNotice>();
        services.AddNoticeTemplate<AlreadyRegisteredNotice>();
        services.AddScoped<SignInTiming>(); // the password hasher it uses is scoped
        // A copied session cookie stops working within a minute of sign-out or a password change (the stamp is checked).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class Policies
{
    public const string Admin = "admin";
    public const string SignedIn = "signed-in";
}
