using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Sdk;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>Tests of a start that must fail: the exception the app's start-up throws, whatever the host's timing.</summary>
public static class FailedStarts
{
    /// <summary>
    /// Starts the app and returns the exception its start-up threw. Under load the test host sometimes reports a failed
    /// start as an <see cref="ObjectDisposedException"/> of its own service provider (a race inside
    /// WebApplicationFactory, not the app); the start is then tried again, at most three times in all.
    /// </summary>
    public static TException FailedStart<TException>(this WebApplicationFactory<Program> factory)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(factory);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                factory.CreateClient().Dispose();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue;
            }
            catch (TException e)
            {
                return e;
            }

            throw new XunitException($"the app started, but its start-up was expected to fail with {typeof(TException).Name}");
        }
    }
}
