using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteRecertificationTests(SqliteTestDatabase database) : RecertificationTests<SqliteTestDatabase>(database);
