using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresCertificateExpiryTests(PostgresTestDatabase database) : CertificateExpiryTests<PostgresTestDatabase>(database);
