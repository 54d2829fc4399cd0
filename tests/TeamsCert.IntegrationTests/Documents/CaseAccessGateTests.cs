using Microsoft.Extensions.Logging;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The gate's refusals are logged (a warning naming who, what, which case, where and the rule id); allowed uses log nothing.</summary>
public sealed class CaseAccessGateTests
{
    private static readonly Actor _auditor = new("auditor@demo.local", "审核员", new HashSet<string>(["auditor"], StringComparer.Ordinal));

    [Fact]
    public void Ensure_NotOnTheTeam_ThrowsDocAccessAndLogsOneWarning()
    {
        var log = new CapturingLogger();

        var error = Assert.Throws<ActorNotAllowedException>(() => new CaseAccessGate(log).Ensure(NewCase(), _auditor, CaseOperation.ReadDocuments, "documents.download"));

        Assert.Equal("DOC-ACCESS", error.RuleId);
        var (level, message) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Equal("Refused auditor@demo.local ReadDocuments on case TEL-2025-0042 via documents.download (DOC-ACCESS)", message);
    }

    [Fact]
    public void Ensure_OnTheTeam_LogsNothing()
    {
        var log = new CapturingLogger();
        var @case = NewCase();
        @case.Facts.TeamList.Add(new() { PersonId = _auditor.Id, Role = Domain.AuditTeams.TeamRole.Auditor });

        new CaseAccessGate(log).Ensure(@case, _auditor, CaseOperation.ReadDocuments, "documents.list");

        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Ensure_ApplicantWithoutACase_ThrowsDocStaffAndLogsWhere()
    {
        var log = new CapturingLogger();
        var applicant = new Actor("applicant@demo.local", "申请人", new HashSet<string>([StaffRoles.Applicant], StringComparer.Ordinal));

        var error = Assert.Throws<ActorNotAllowedException>(() => new CaseAccessGate(log).Ensure(applicant, CaseOperation.ViewCase, "api.cases"));

        Assert.Equal("DOC-STAFF", error.RuleId);
        Assert.Equal("Refused applicant@demo.local ViewCase on case - via api.cases (DOC-STAFF)", Assert.Single(log.Entries).Message);
    }

    private static CertificationCase NewCase() => RestoredCases.Tel("TEL-2025-0042", new DateOnly(2025, 9, 30));

    private sealed class CapturingLogger : ILogger<CaseAccessGate>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
