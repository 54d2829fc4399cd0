using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Outbox;

public sealed class SqliteOutboxDeliveryTests : OutboxDeliveryTests<SqliteTestDatabase>;
