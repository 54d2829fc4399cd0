using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Register;

public sealed class SqliteRegisterTests(SqliteTestDatabase database) : RegisterTests<SqliteTestDatabase>(database);
