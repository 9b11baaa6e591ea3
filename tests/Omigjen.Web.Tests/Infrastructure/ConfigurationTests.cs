using Microsoft.Extensions.Configuration;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Tests.Infrastructure;

public sealed class ConfigurationTests
{
    private static IReadOnlyList<string> Validate(params (string Key, string Value)[] settings) =>
        OptionsValidation.Validate(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void DefaultsAreValid() => Assert.Empty(Validate());

    [Theory]
    [InlineData("Database:Provider", "Oracle")]
    [InlineData("Map:TileUrl", "https://tiles.example/{z}/{x}.png")]
    [InlineData("Map:CenterLatitude", "123")]
    [InlineData("Municipality:TimeZone", "Mars/Olympus")]
    [InlineData("Municipality:Name", " ")]
    [InlineData("Security:TrustedProxies", "10.0.0.0/33")]
    [InlineData("Security:TrustedProxies", "127.0.0.1, proxy.example")]
    public void InvalidSettingIsNamed(string key, string value)
    {
        var errors = Validate((key, value));
        Assert.Contains(errors, e => e.StartsWith(key, StringComparison.Ordinal));
    }
}
