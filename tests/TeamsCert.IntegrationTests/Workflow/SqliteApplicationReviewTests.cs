using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteApplicationReviewTests(SqliteTestDatabase database) : ApplicationReviewTests<SqliteTestDatabase>(database);
