using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteSpecialAuditTests(SqliteTestDatabase database) : SpecialAuditTests<SqliteTestDatabase>(database);
