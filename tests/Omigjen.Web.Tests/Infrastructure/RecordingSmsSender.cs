using System.Collections.Concurrent;
using Omigjen.Web.Infrastructure.Sms;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>
/// Stands in for the SMS gateway in tests (<c>factory.Sms</c>): keeps every message the app sends, in order, and sends
/// nothing. Read them with <see cref="To"/> ("412 34 567" and "+4741234567" find the same messages) or <see cref="Messages"/>.
/// Thread-safe; shared by the tests of one class, so use a number of your own per test (see <see cref="NewNumber"/>).
/// </summary>
public sealed class RecordingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> _messages = new();

    public IReadOnlyList<SmsMessage> Messages => _messages.ToList();

    /// <summary>The messages to a number, oldest first.</summary>
    public IReadOnlyList<SmsMessage> To(string number)
    {
        var wanted = SmsNumbers.Normalize(number) ?? number;
        return _messages.Where(m => m.To == wanted).ToList();
    }

    /// <summary>The messages to a number once there are at least <paramref name="atLeast"/> (the outbox sends them shortly after the change); fails after 5 seconds.</summary>
    public async Task<IReadOnlyList<SmsMessage>> ToAsync(string number, int atLeast = 1)
    {
        for (var i = 0; i < 100; i++)
        {
            var found = To(number);
            if (found.Count >= atLeast) return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"Fewer than {atLeast} SMS to {number}; got {To(number).Count}");
    }

    public Task SendAsync(SmsMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>A Norwegian mobile number no other test uses ("4xxxxxxx").</summary>
    public static string NewNumber() =>
        "4" + Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
