using System.Net;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>A connector call failed for good: after the last retry, or with a status that is not worth retrying.</summary>
public sealed class BotConnectorException : Exception
{
    public BotConnectorException()
    {
    }

    public BotConnectorException(string message)
        : base(message)
    {
    }

    public BotConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BotConnectorException(string message, HttpStatusCode? status, int attempts, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        Attempts = attempts;
    }

    /// <summary>The last HTTP status, or null when no answer came (network error).</summary>
    public HttpStatusCode? Status { get; }

    public int Attempts { get; }
}
