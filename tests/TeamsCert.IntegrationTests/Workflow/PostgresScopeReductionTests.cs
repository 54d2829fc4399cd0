using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresScopeReductionTests(PostgresTestDatabase database) : ScopeReductionTests<PostgresTestDatabase>(database);
