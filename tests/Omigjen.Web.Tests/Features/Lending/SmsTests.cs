using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure.Sms;

namespace Omigjen.Web.Tests.Features.Lending;

public sealed class SmsTests
{
    [Theory]
    [InlineData("412 34 567", "+4741234567")]
    [InlineData("41234567", "+4741234567")]
    [InlineData(" 912-34-567 ", "+4791234567")]
    [InlineData("+47 412 34 567", "+4741234567")]
    [InlineData("0047 41234567", "+4741234567")]
    [InlineData("47 41 23 45 67", "+4741234567")]
    [InlineData("(+47) 412 34 567", "+4741234567")]
    [InlineData("+46 70 123 45 67", "+46701234567")]
    [InlineData("0046701234567", "+46701234567")]
    public void Mobile_numbers_become_international(string input, string? expected) =>
        Assert.Equal(expected, SmsNumbers.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ring meg")]
    [InlineData("4123456")] // seven digits
    [InlineData("412345678")] // nine digits
    [InlineData("66 77 88 99")] // a landline
    [InlineData("+47 66778899")] // a landline with the country code
    [InlineData("+47 4123456")]
    [InlineData("41234567x")]
    [InlineData("+1234")]
    [InlineData("+1 234 567 890 123 456")] // longer than E.164 allows
    [InlineData("+0 412 34 567")]
    [InlineData("++47 412 34 567")]
    [InlineData("412 +34 567")]
    public void Garbage_gives_null(string? input) => Assert.Null(SmsNumbers.Normalize(input));

    [Fact]
    public async Task The_development_sender_writes_each_message_to_a_file()
    {
        var root = Path.Combine(Path.GetTempPath(), $"omigjen-sms-{Guid.NewGuid():N}");
        try
        {
            var sender = new DevelopmentSmsSender(Options.Create(new SmsOptions { Directory = "sms" }), new Environment(root), TimeProvider.System,
                NullLogger<DevelopmentSmsSender>.Instance);
            await sender.SendAsync(new SmsMessage("+4741234567", "Husk å hente skiene. / Remember to pick up the skis."), CancellationToken.None);
            var file = Assert.Single(Directory.GetFiles(Path.Combine(root, "sms"), "*.txt"));
            var text = await File.ReadAllTextAsync(file);
            Assert.Contains("To: +4741234567", text, StringComparison.Ordinal);
            Assert.Contains("Husk å hente skiene.", text, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void No_sms_is_the_default_development_writes_files_and_an_unknown_provider_is_refused()
    {
        using var defaults = Services([]);
        Assert.IsType<NoSmsSender>(defaults.GetRequiredService<ISmsSender>());
        Assert.Equal("data/sms", defaults.GetRequiredService<IOptions<SmsOptions>>().Value.Directory);

        using var development = Services(new() { ["Sms:Provider"] = "Development" });
        Assert.IsType<DevelopmentSmsSender>(development.GetRequiredService<ISmsSender>());

        using var unknown = Services(new() { ["Sms:Provider"] = "Gateway" });
        var error = Assert.Throws<OptionsValidationException>(() => unknown.GetRequiredService<IOptions<SmsOptions>>().Value);
        Assert.Contains("Sms:Provider", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new Environment(Path.GetTempPath()));
        services.AddSingleton(TimeProvider.System);
        services.AddSms();
        return services.BuildServiceProvider();
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "Omigjen.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
