using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Timers;

public sealed class PostgresTimerFiringTests : TimerFiringTests<PostgresTestDatabase>;
