using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteCaseUnitOfWorkTests(SqliteTestDatabase database) : CaseUnitOfWorkTests<SqliteTestDatabase>(database);
