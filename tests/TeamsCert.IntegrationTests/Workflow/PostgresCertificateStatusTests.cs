using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresCertificateStatusTests(PostgresTestDatabase database) : CertificateStatusTests<PostgresTestDatabase>(database);
