using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresInformationReportTests(PostgresTestDatabase database) : InformationReportTests<PostgresTestDatabase>(database);
