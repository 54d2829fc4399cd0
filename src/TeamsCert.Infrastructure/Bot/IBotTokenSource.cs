namespace TeamsCert.Infrastructure.Bot;

/// <summary>Bearer tokens for connector calls; <c>null</c> means send none (anonymous development mode).</summary>
public interface IBotTokenSource
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
