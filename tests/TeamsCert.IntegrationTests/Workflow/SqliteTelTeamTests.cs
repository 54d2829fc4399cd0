using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteTelTeamTests(SqliteTestDatabase database) : TelTeamTests<SqliteTestDatabase>(database);
