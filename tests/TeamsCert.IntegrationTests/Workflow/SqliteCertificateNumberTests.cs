using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteCertificateNumberTests(SqliteTestDatabase database) : CertificateNumberTests<SqliteTestDatabase>(database);
