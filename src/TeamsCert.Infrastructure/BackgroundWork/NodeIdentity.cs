using System.Globalization;

namespace TeamsCert.Infrastructure.BackgroundWork;

/// <summary>Names this process in claims (<c>ClaimedBy</c>) and logs, so an operator can tell which node holds what.</summary>
internal static class NodeIdentity
{
    public static string Default { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}");
}
