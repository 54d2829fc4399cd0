using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresSuspensionRevocationTests(PostgresTestDatabase database) : SuspensionRevocationTests<PostgresTestDatabase>(database);
