using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteTelCycleTests(SqliteTestDatabase database) : TelCycleTests<SqliteTestDatabase>(database);
