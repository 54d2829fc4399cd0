using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteAsCycleTests(SqliteTestDatabase database) : AsCycleTests<SqliteTestDatabase>(database);
