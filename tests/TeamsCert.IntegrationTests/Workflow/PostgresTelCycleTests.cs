using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresTelCycleTests(PostgresTestDatabase database) : TelCycleTests<PostgresTestDatabase>(database);
