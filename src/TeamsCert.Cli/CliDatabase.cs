using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Cli;

/// <summary>
/// The database the CLI works on, configured like the app: <c>--database Sqlite|Postgres</c> / <c>Database__Provider</c>,
/// <c>--connection</c> / <c>ConnectionStrings__TeamsCert</c>; SQLite defaults to <c>{--data-folder | App__DataFolder |
/// src/TeamsCert.Web/data}/teamscert.db</c>, the file <c>dotnet run --project src/TeamsCert.Web</c> uses.
/// </summary>
public static class CliDatabase
{
    public static DatabaseOptions Options(CliArguments args)
    {
        var provider = args.Optional("database") ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "Sqlite";
        var folder = args.Optional("data-folder") ?? Environment.GetEnvironmentVariable("App__DataFolder") ?? Path.Combine("src", "TeamsCert.Web", "data");
        var connection = args.Optional("connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__TeamsCert")
            ?? (provider == "Sqlite" ? $"Data Source={Path.Combine(Path.GetFullPath(folder), "teamscert.db")}" : null);
        return new DatabaseOptions { Provider = provider, ConnectionString = connection };
    }

    public static async Task<TeamsCertDbContext> OpenAsync(CliArguments args)
    {
        var options = Options(args);
        if (options.Provider is not ("Sqlite" or "Postgres"))
        {
            throw new Domain.InvalidInputException("database", "--database 应为 Sqlite 或 Postgres / --database must be Sqlite or Postgres");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new Domain.InvalidInputException("connection", "PostgreSQL 需要 --connection / Postgres needs --connection (or ConnectionStrings__TeamsCert)");
        }

        var db = NewContext(options);
        await TeamsCertDatabase.MigrateAsync(db);
        return db;
    }

    public static TeamsCertDbContext NewContext(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<TeamsCertDbContext>();
        TeamsCertDatabase.Configure(builder, options);
        return new TeamsCertDbContext(builder.Options);
    }
}
