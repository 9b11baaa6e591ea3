using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// The app with its real password hasher counted, and an SMTP server that accepts connections and never answers:
/// a request that waited for an e-mail would hang, and the count shows whether both kinds of address cost a hash.
/// </summary>
public sealed class SilentMailAppFactory() : AppFactory(DatabaseKind.Sqlite)
{
    private readonly TcpListener _silent = StartSilent();

    public CountingHasher Hasher { get; } = new();

    private static TcpListener StartSilent()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start(100); // connections are queued by the kernel and never read
        return l;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:SmtpPort", ((IPEndPoint)_silent.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(s => s.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _silent.Stop();
        _silent.Dispose();
    }
}

/// <summary>Identity's hasher, counting its calls.</summary>
public sealed class CountingHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _real = new();
    private int _hashes;
    private int _verifications;

    public int Hashes => _hashes;
    public int Verifications => _verifications;

    public string HashPassword(AppUser user, string password)
    {
        Interlocked.Increment(ref _hashes);
        return _real.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class AccountEnumerationTests(SilentMailAppFactory factory) : IClassFixture<SilentMailAppFactory>
{
    [Fact]
    public async Task Every_failed_sign_in_costs_one_password_check_and_gives_one_message()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var confirmed = await factory.CreateAsync($"kjent-{Guid.NewGuid():N}@eksempel.no");
        var unconfirmed = new AppUser { UserName = $"ubekreftet-{Guid.NewGuid():N}@eksempel.no", CreatedAt = DateTime.UtcNow };
        unconfirmed.Email = unconfirmed.UserName;
        Assert.True((await users.CreateAsync(unconfirmed, TestUsers.Password)).Succeeded);
        var locked = await factory.CreateAsync($"laast-{Guid.NewGuid():N}@eksempel.no");
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddYears(1));
        var passwordless = new AppUser { UserName = $"passnokkel-{Guid.NewGuid():N}@eksempel.no", EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        passwordless.Email = passwordless.UserName;
        Assert.True((await users.CreateAsync(passwordless)).Succeeded);

        var client = factory.NoRedirectClient();
        var answers = new List<(string Address, int Cost, string? Message)>();
        foreach (var address in new[] { confirmed.Email!, $"ukjent-{Guid.NewGuid():N}@eksempel.no", unconfirmed.Email, locked.Email!, passwordless.Email })
        {
            var before = factory.Hasher.Verifications;
            using var r = await client.SubmitAsync("/konto/logg-inn", PortalTestData.Form(("Email", address), ("Password", "feil passord 123")));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            answers.Add((address, factory.Hasher.Verifications - before, (await Forms.ParseAsync(r, "/")).QuerySelector("#feil")?.TextContent.Trim()));
        }
        Assert.All(answers, a => Assert.True(a.Cost == 1, $"{a.Address}: {a.Cost} password checks"));
        Assert.Single(answers.Select(a => a.Message).Distinct());
        Assert.NotNull(answers[0].Message);
    }

    [Fact]
    public async Task Sign_up_costs_one_hash_whether_or_not_the_address_is_taken_and_never_waits_for_the_mail_server()
    {
        var taken = await factory.CreateAsync($"tatt-{Guid.NewGuid():N}@eksempel.no");
        var client = factory.NoRedirectClient();
        client.Timeout = TimeSpan.FromSeconds(30); // the silent server would hold a waiting request for MailKit's two minutes
        var costs = new List<int>();
        foreach (var address in new[] { taken.Email!, $"ny-{Guid.NewGuid():N}@eksempel.no" })
        {
            var before = factory.Hasher.Hashes;
            using var r = await client.SubmitAsync("/konto/registrer", PortalTestData.Form(("Email", address), ("Password", "et langt passord 123")));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            costs.Add(factory.Hasher.Hashes - before);
        }
        Assert.Equal([1, 1], costs);
    }

    [Fact]
    public async Task A_reset_request_for_a_known_address_does_not_wait_for_the_mail_server()
    {
        var known = await factory.CreateAsync($"glemt-{Guid.NewGuid():N}@eksempel.no");
        var client = factory.NoRedirectClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        using var r = await client.SubmitAsync("/konto/glemt-passord", PortalTestData.Form(("Email", known.Email!)));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }
}
