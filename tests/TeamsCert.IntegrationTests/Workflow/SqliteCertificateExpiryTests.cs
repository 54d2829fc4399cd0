using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class SqliteCertificateExpiryTests(SqliteTestDatabase database) : CertificateExpiryTests<SqliteTestDatabase>(database);
