using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteSuspensionRevocationTests(SqliteTestDatabase database) : SuspensionRevocationTests<SqliteTestDatabase>(database);
