using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// Behind a proxy, <c>X-Forwarded-For</c> is believed only from the proxies in <c>Security:TrustedProxies</c>; a client
/// connecting from elsewhere keeps its own address, so it cannot choose the address the rate limits count.
/// </summary>
public sealed class TrustedProxyTests(TrustedProxyTests.ProxyAppFactory factory) : IClassFixture<TrustedProxyTests.ProxyAppFactory>
{
    /// <summary>The test's stand-in for the connection's address, and the address the app ended up with.</summary>
    private const string ConnectionHeader = "X-Test-Connection";
    private const string SeenHeader = "X-Test-Client";

    public sealed class ProxyAppFactory() : AppFactory(DatabaseKind.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:BehindProxy", "true");
            builder.UseSetting(TrustedProxies.Setting, "10.9.0.0/16, 192.0.2.7");
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ConnectionFromHeader>());
        }
    }

    /// <summary>Runs before the app's pipeline: sets the connection's address and reports the one the app saw last.</summary>
    private sealed class ConnectionFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ConnectionHeader, out var ip)) context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[SeenHeader] = context.Connection.RemoteIpAddress?.ToString();
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private async Task<string?> SeenAsync(string connection, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personvern");
        request.Headers.Add(ConnectionHeader, connection);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await factory.CreateClient().SendAsync(request);
        return response.Headers.TryGetValues(SeenHeader, out var v) ? v.Single() : null;
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_keeps_its_own_address() =>
        Assert.Equal("203.0.113.50", await SeenAsync("203.0.113.50", "198.51.100.1"));

    [Theory]
    [InlineData("10.9.3.4")]
    [InlineData("192.0.2.7")]
    public async Task A_trusted_proxy_passes_on_the_clients_address(string proxy) =>
        Assert.Equal("198.51.100.1", await SeenAsync(proxy, "198.51.100.1"));

    [Fact]
    public void By_default_only_loopback_is_trusted()
    {
        var options = TrustedProxies.ForwardedHeaders(new ConfigurationBuilder().Build());
        Assert.Empty(options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("127.0.0.1")));
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(IPAddress.IPv6Loopback));
        Assert.DoesNotContain(options.KnownIPNetworks, n => n.Contains(IPAddress.Parse("10.0.0.1")));
    }
}
