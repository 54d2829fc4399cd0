using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteScopeReductionTests(SqliteTestDatabase database) : ScopeReductionTests<SqliteTestDatabase>(database);
