using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

public sealed class SqliteDocumentRecordTests : DocumentRecordTests<SqliteTestDatabase>;
