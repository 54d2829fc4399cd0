using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteInformationReportTests(SqliteTestDatabase database) : InformationReportTests<SqliteTestDatabase>(database);
