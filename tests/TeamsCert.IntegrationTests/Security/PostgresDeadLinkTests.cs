using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

public sealed class PostgresDeadLinkTests(PostgresTestDatabase database) : DeadLinkTests<PostgresTestDatabase>(database);
