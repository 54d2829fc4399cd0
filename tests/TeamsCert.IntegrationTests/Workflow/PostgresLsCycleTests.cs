using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresLsCycleTests(PostgresTestDatabase database) : LsCycleTests<PostgresTestDatabase>(database);
