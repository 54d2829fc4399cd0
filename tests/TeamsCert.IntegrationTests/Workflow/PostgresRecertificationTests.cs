using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresRecertificationTests(PostgresTestDatabase database) : RecertificationTests<PostgresTestDatabase>(database);
