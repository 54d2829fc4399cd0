using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteCertificateStatusTests(SqliteTestDatabase database) : CertificateStatusTests<SqliteTestDatabase>(database);
