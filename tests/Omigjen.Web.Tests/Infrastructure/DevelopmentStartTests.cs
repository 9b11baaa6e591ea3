using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>
/// `dotnet run` starts the app in the Development environment, where the container checks every registration's
/// lifetime at start-up (a singleton must not hold a scoped service). The app must start and answer there too.
/// </summary>
public sealed class DevelopmentStartTests(DevelopmentStartTests.DevelopmentAppFactory factory) : IClassFixture<DevelopmentStartTests.DevelopmentAppFactory>
{
    public sealed class DevelopmentAppFactory() : AppFactory(DatabaseKind.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }

    private HttpClient Client() =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

    [Theory]
    [InlineData("/")]
    [InlineData("/konto/logg-inn")]
    [InlineData("/varer")]
    public async Task The_app_starts_and_answers_in_the_development_environment(string path)
    {
        using var response = await Client().GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_with_an_unknown_address_is_answered_in_the_development_environment()
    {
        var client = Client();
        using var response = await client.SubmitAsync("/konto/logg-inn",
            new Dictionary<string, string> { ["Email"] = "ukjent@eksempel.no", ["Password"] = "feil-passord-123" }, "main form");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
