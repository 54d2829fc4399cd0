using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// Tells what a failed SaveChanges means, for both providers: a race a new attempt may win
/// (<see cref="ConcurrencyConflictException"/>), a value the database will not store
/// (<see cref="StoredValueRejectedException"/>), or anything else (rethrown unchanged: a server error).
/// </summary>
public static class DatabaseErrors
{
    // SQLite primary result codes (sqlite3.h): BUSY, LOCKED, CONSTRAINT; extended: UNIQUE and PRIMARYKEY constraints.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>The exception to throw instead of <paramref name="error"/>, or null to rethrow it as it is.</summary>
    public static Exception? Translate(DbUpdateException error, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is DbUpdateConcurrencyException || IsRace(error.InnerException))
        {
            return new ConcurrencyConflictException(caseId, error);
        }

        return RejectedValue(error.InnerException) is { } reason ? new StoredValueRejectedException(reason, error) : null;
    }

    private static bool IsRace(Exception? inner) => inner switch
    {
        SqliteException e => e.SqliteErrorCode is SqliteBusy or SqliteLocked
            || (e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey),
        PostgresException e => e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable,
        _ => false,
    };

    // PostgreSQL class 22 is "data exception": a NUL in a text, a string too long, a number out of range.
    private static string? RejectedValue(Exception? inner) => inner switch
    {
        PostgresException e when e.SqlState.StartsWith("22", StringComparison.Ordinal) => e.MessageText,
        _ => null,
    };
}
