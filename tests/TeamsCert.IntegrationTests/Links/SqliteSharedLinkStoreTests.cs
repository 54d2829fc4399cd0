using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Links;

public sealed class SqliteSharedLinkStoreTests(SqliteTestDatabase database) : SharedLinkStoreTests<SqliteTestDatabase>(database);
