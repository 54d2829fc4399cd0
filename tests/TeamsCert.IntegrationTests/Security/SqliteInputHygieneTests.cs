using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

public sealed class SqliteInputHygieneTests(SqliteTestDatabase database) : InputHygieneTests<SqliteTestDatabase>(database);
