using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Links;

public sealed class PostgresSharedLinkStoreTests(PostgresTestDatabase database) : SharedLinkStoreTests<PostgresTestDatabase>(database);
