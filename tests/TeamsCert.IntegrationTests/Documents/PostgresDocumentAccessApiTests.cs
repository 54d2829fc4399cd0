using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

public sealed class PostgresDocumentAccessApiTests : DocumentAccessApiTests<PostgresTestDatabase>;
