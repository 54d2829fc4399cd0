using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Bot;

public sealed class SqliteConversationReferenceStoreTests : ConversationReferenceStoreTests<SqliteTestDatabase>;
