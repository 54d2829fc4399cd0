using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Outbox;

public sealed class SqliteOutboxPassTests : OutboxPassTests<SqliteTestDatabase>;
