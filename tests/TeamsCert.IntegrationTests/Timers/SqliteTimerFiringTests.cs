using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Timers;

public sealed class SqliteTimerFiringTests : TimerFiringTests<SqliteTestDatabase>;
