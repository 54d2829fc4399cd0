using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresApplicationReviewTests(PostgresTestDatabase database) : ApplicationReviewTests<PostgresTestDatabase>(database);
