using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteLsCc9RecertificationTests(SqliteTestDatabase database) : LsCc9RecertificationTests<SqliteTestDatabase>(database);
