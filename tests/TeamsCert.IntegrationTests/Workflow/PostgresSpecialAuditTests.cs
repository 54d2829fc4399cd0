using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresSpecialAuditTests(PostgresTestDatabase database) : SpecialAuditTests<PostgresTestDatabase>(database);
