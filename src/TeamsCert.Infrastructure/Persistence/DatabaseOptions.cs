namespace TeamsCert.Infrastructure.Persistence;

/// <summary>Section <c>Database</c>: which engine holds the runtime's tables.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default: a file under the data folder, WAL) or <c>Postgres</c> (several app nodes).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>From <c>ConnectionStrings:TeamsCert</c>; for SQLite defaults to <c>{App:DataFolder}/teamscert.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
