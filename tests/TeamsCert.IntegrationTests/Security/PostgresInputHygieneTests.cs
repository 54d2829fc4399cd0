using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

public sealed class PostgresInputHygieneTests(PostgresTestDatabase database) : InputHygieneTests<PostgresTestDatabase>(database);
