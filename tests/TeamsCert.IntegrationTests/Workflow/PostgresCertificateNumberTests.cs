using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresCertificateNumberTests(PostgresTestDatabase database) : CertificateNumberTests<PostgresTestDatabase>(database);
