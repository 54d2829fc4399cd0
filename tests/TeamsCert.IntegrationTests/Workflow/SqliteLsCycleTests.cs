using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteLsCycleTests(SqliteTestDatabase database) : LsCycleTests<SqliteTestDatabase>(database);
