using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer library): the app sends through MailKit exactly as in
/// production, and tests read what arrived.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store = new();

    public SmtpTestServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => _store.Messages.ToList();

    public IReadOnlyList<MimeMessage> To(string address) =>
        _store.Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The latest message to the address; waits briefly, since delivery runs on the server's own tasks.</summary>
    public async Task<MimeMessage> LatestToAsync(string address, int atLeast = 1)
    {
        for (var i = 0; i < 100; i++)
        {
            var list = To(address);
            if (list.Count >= atLeast) return list[^1];
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"No e-mail (#{atLeast}) arrived for {address}; got: {string.Join(", ", Messages.Select(m => m.To + ": " + m.Subject))}");
    }

    /// <summary>The first link in the message's text that starts with <paramref name="prefix"/> (a path such as /konto/bekreft-epost).</summary>
    public static string LinkIn(MimeMessage message, string prefix)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.TextBody ?? "";
        foreach (var word in text.Split([' ', '\n', '\r', '<', '>'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Uri.TryCreate(word, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
                return uri.PathAndQuery;
        }
        throw new Xunit.Sdk.XunitException($"No link to {prefix} in: {text}");
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
