using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresAsCycleTests(PostgresTestDatabase database) : AsCycleTests<PostgresTestDatabase>(database);
