using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresLsCc9RecertificationTests(PostgresTestDatabase database) : LsCc9RecertificationTests<PostgresTestDatabase>(database);
