using Npgsql;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// A fresh database on the real PostgreSQL server that <c>.ci/postgres.sh</c> starts (TEAMSCERT_TEST_POSTGRES); when the
/// variable is not set the server is started here through the same script, so the suite never silently skips it.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = $"teamscert_{Guid.NewGuid():N}";
    private string _server = "";

    public override DatabaseOptions Options =>
        new() { Provider = "Postgres", ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString };

    public override async Task InitializeAsync()
    {
        _server = PostgresServer.ConnectionString;
        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                // A server-owned backend (autovacuum) on the new database cannot be forced out: it ends on its own.
                await Task.Delay(200);
            }
        }
    }
}
