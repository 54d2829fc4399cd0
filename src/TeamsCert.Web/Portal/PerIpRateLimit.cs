using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TeamsCert.Web.Portal;

/// <summary>The anonymous pages' flood guard: a fixed one-minute window per client IP, configured in requests per minute.</summary>
public static class PerIpRateLimit
{
    /// <summary>The configured limit (<paramref name="key"/>, else <paramref name="fallback"/>); start-up fails below 1.</summary>
    public static int PerMinute(IConfiguration configuration, string key, int fallback)
    {
        var perMinute = configuration.GetValue(key, fallback);
        return perMinute >= 1 ? perMinute : throw new InvalidOperationException($"{key} must be at least 1.");
    }

    public static void AddPolicy(RateLimiterOptions options, string policy, int perMinute) =>
        options.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
