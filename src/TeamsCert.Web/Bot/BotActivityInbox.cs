using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>Activities answered 200 and waiting for the handler; bounded (<c>Bot:QueueCapacity</c>) so a flood cannot exhaust memory.</summary>
public sealed class BotActivityInbox(IOptions<BotOptions> options)
{
    private readonly Channel<BotActivity> _channel = Channel.CreateBounded<BotActivity>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>False when the queue is full: the endpoint then answers 503 and the channel retries later.</summary>
    public bool TryEnqueue(BotActivity activity) => _channel.Writer.TryWrite(activity);

    public IAsyncEnumerable<BotActivity> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
