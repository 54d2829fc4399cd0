using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresSurveillanceChainTests(PostgresTestDatabase database) : SurveillanceChainTests<PostgresTestDatabase>(database);
