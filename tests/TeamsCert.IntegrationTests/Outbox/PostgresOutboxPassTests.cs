using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Outbox;

public sealed class PostgresOutboxPassTests : OutboxPassTests<PostgresTestDatabase>;
