using Microsoft.AspNetCore.Identity;

namespace Omigjen.Web.Features.Accounts;

public static class PasskeySetup
{
    /// <summary>Configuration key for the relying-party id of passkeys (the site's domain, e.g. "ombruk.asker.kommune.no").</summary>
    public const string ServerDomainKey = "Passkeys:ServerDomain";

    /// <summary>
    /// Passkeys (WebAuthn). Identity already registers the passkey handler; this sets the relying-party id when it is
    /// configured. Without it the host of the request is used, which is right unless a proxy rewrites the host.
    /// A passkey is bound to this domain: changing it later makes every stored passkey unusable.
    /// </summary>
    public static IServiceCollection AddPasskeys(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<IdentityPasskeyOptions>(o =>
        {
            var domain = configuration[ServerDomainKey]?.Trim();
            if (!string.IsNullOrEmpty(domain)) o.ServerDomain = domain;
            // The person proves it is them on the device (fingerprint, face, PIN); the library's default, stated here.
            o.UserVerificationRequirement = "required";
            // Discoverable credentials: sign-in needs no e-mail address first.
            o.ResidentKeyRequirement = "required";
        });
        return services;
    }
}
