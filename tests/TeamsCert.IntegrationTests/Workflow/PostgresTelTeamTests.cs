using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresTelTeamTests(PostgresTestDatabase database) : TelTeamTests<PostgresTestDatabase>(database);
