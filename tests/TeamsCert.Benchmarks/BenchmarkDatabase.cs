using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Benchmarks;

/// <summary>A fresh database for one benchmark run: a SQLite file in a temp folder, or a new database on a PostgreSQL server.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _name;

    private BenchmarkDatabase(DatabaseOptions options, string? folder, string? server, string? name)
    {
        Options = options;
        _folder = folder;
        _server = server;
        _name = name;
    }

    public DatabaseOptions Options { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string provider)
    {
        BenchmarkDatabase database;
        if (provider == "Sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("teamscert-bench-").FullName;
            database = new(new DatabaseOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "bench.db")}" }, folder, null, null);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("TEAMSCERT_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set TEAMSCERT_TEST_POSTGRES (source .ci/postgres.sh) for the PostgreSQL benchmark.");
            var name = $"teamscert_bench_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            var options = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
            database = new(new DatabaseOptions { Provider = "Postgres", ConnectionString = options }, null, server, name);
        }

        await using var db = database.NewContext();
        await TeamsCertDatabase.MigrateAsync(db);
        return database;
    }

    public TeamsCertDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<TeamsCertDbContext>();
        TeamsCertDatabase.Configure(builder, Options);
        return new TeamsCertDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
