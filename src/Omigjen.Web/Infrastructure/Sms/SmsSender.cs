using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Omigjen.Web.Infrastructure.Sms;

/// <summary>Settings for outgoing SMS (section <c>Sms</c>).</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>Writes each message as a file, for development (the shipped appsettings.json uses it).</summary>
    public const string DevelopmentProvider = "Development";

    /// <summary>No SMS at all (the default when nothing is configured): reminders go by e-mail only.</summary>
    public const string NoProvider = "None";

    public string Provider { get; set; } = NoProvider;

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

/// <summary>SMS switched off: nothing is sent or stored (phone numbers do not end up in files on a server).</summary>
public sealed partial class NoSmsSender(ILogger<NoSmsSender> logger) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        LogSkipped(logger);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SMS not sent: Sms:Provider is None")]
    private static partial void LogSkipped(ILogger logger);
}

public static class SmsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISmsSender"/> as chosen by <c>Sms:Provider</c>: "None" (default) or "Development".</summary>
    public static IServiceCollection AddSms(this IServiceCollection services)
    {
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section)
            .Validate(o => o.Provider is SmsOptions.DevelopmentProvider or SmsOptions.NoProvider,
                "Sms:Provider: ukjent leverandør; bruk 'None' eller 'Development' / unknown provider; use 'None' or 'Development'.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Sms:Directory: mangler / is missing.")
            .ValidateOnStart();
        services.TryAddSingleton<DevelopmentSmsSender>();
        services.TryAddSingleton<NoSmsSender>();
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.Provider == SmsOptions.DevelopmentProvider
            ? sp.GetRequiredService<DevelopmentSmsSender>()
            : sp.GetRequiredService<NoSmsSender>());
        return services;
    }
}
