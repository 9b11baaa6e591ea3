using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Omigjen.Web.Infrastructure.Sms;

/// <summary>Settings for outgoing SMS (section <c>Sms</c>).</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>The provider known so far: <see cref="DevelopmentProvider"/>, which writes each message as a file.</summary>
    public const string DevelopmentProvider = "Development";

    public string Provider { get; set; } = DevelopmentProvider;

    /// <summary>Where the development sender writes its messages, relative to the content root.</summary>
    public string Directory { get; set; } = "data/sms";
}

/// <summary>One text message to one mobile number in international form ("+4741234567"; see <see cref="SmsNumbers.Normalize"/>).</summary>
public sealed record SmsMessage(string To, string Text);

/// <summary>Outgoing SMS. A gateway can be added behind this interface; until then the development sender writes files.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken ct);
}

/// <summary>Development: writes each message as a text file instead of sending it, where a developer can read it.</summary>
public sealed partial class DevelopmentSmsSender(IOptions<SmsOptions> options, IHostEnvironment env, TimeProvider time, ILogger<DevelopmentSmsSender> logger)
    : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var dir = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Directory));
        System.IO.Directory.CreateDirectory(dir);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(dir, $"{stamp}-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, $"To: {message.To}\n\n{message.Text}\n", ct);
        LogWritten(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS written to {Path} (no SMS gateway configured)")]
    private static partial void LogWritten(ILogger logger, string path);
}

public static class SmsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISmsSender"/> as chosen by <c>Sms:Provider</c> (only "Development" so far).</summary>
    public static IServiceCollection AddSms(this IServiceCollection services)
    {
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section)
            .Validate(o => o.Provider == SmsOptions.DevelopmentProvider,
                "Sms:Provider: ukjent leverandør; bruk 'Development' / unknown provider; use 'Development'.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Sms:Directory: mangler / is missing.")
            .ValidateOnStart();
        services.TryAddSingleton<DevelopmentSmsSender>();
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<DevelopmentSmsSender>());
        return services;
    }
}
