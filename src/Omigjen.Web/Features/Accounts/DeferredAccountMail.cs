using System.Threading.Channels;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// Account e-mails (confirmation, reset, "you already have an account") are sent after the answer, by
/// <see cref="AccountMailWorker"/>: the time a sign-up or reset request takes must not reveal whether an SMTP
/// round trip happened, that is, whether the address has an account. Each piece of work gets a scope of its own.
/// </summary>
public sealed class DeferredAccountMail
{
    private readonly Channel<Func<IServiceProvider, CancellationToken, Task>> _work =
        Channel.CreateBounded<Func<IServiceProvider, CancellationToken, Task>>(new BoundedChannelOptions(10_000)
        {
            // A flood of requests must not grow the memory without end; sign-up is rate-limited per address anyway.
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
        });

    public void Enqueue(Func<IServiceProvider, CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    internal ChannelReader<Func<IServiceProvider, CancellationToken, Task>> Reader => _work.Reader;
}

/// <summary>Runs the queued account e-mail work one at a time; a failure is logged and the next one runs.</summary>
public sealed partial class AccountMailWorker(DeferredAccountMail queue, IServiceScopeFactory scopes, ILogger<AccountMailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Failed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An account e-mail could not be sent")]
    private static partial void Failed(ILogger logger, Exception e);
}
