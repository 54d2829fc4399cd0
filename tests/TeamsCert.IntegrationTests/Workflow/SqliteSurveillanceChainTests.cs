using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteSurveillanceChainTests(SqliteTestDatabase database) : SurveillanceChainTests<SqliteTestDatabase>(database);
