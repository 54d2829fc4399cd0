using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

public sealed class SqliteDeadLinkTests(SqliteTestDatabase database) : DeadLinkTests<SqliteTestDatabase>(database);
