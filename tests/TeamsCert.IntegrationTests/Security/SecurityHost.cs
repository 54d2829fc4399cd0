using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsCert.IntegrationTests.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// The real host on a real test database (SQLite file or PostgreSQL) for the attempts of the security suite, with every
/// log line kept (<see cref="Logs"/>) so a test can check what was logged instead of journaled.
/// </summary>
public sealed class SecurityHost : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    public SecurityHost(TestDatabase database, params (string Key, string Value)[] settings) =>
        App = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", database.Options.Provider);
            b.UseSetting("Database:ConnectionString", database.Options.ConnectionString);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new LineCollector(Logs)));
        });

    public WebApplicationFactory<Program> App { get; }

    public LinkApi Api => new(App);

    public ConcurrentQueue<string> Logs { get; } = new();

    public string DocumentsFolder => Path.Combine(_factory.DataFolder, "documents");

    public HttpClient Client(string user) => LinkApi.ClientFor(App, user);

    public void Dispose()
    {
        App.Dispose();
        _factory.Dispose();
    }

    private sealed class LineCollector(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
