using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

public sealed class SqliteDocumentUploadRaceTests : DocumentUploadRaceTests<SqliteTestDatabase>;
