using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Register;

public sealed class PostgresRegisterTests(PostgresTestDatabase database) : RegisterTests<PostgresTestDatabase>(database);
