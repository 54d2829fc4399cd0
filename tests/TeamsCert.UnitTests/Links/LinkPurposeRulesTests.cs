using TeamsCert.Domain;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;

namespace TeamsCert.UnitTests.Links;

/// <summary>LINK-PURPOSE: each shared-link purpose is served by one kind of waiting state, and refused otherwise.</summary>
public sealed class LinkPurposeRulesTests
{
    [Theory]
    [InlineData("application-form", "application-form", CaseStage.AwaitingApplicant)]
    [InlineData("application-form", "recertification-application", CaseStage.Certified)]
    [InlineData("documents", "applicant-documents", CaseStage.AwaitingApplicant)]
    [InlineData("documents", "supply-information", CaseStage.Decision)]
    [InlineData("corrective-actions", "corrective-actions", CaseStage.CorrectiveAction)]
    [InlineData("plan-acknowledgement", "plan-acknowledgement", CaseStage.AuditPlanning)]
    [InlineData("plan-acknowledgement", "surveillance-plan-acknowledgement", CaseStage.Certified)]
    [InlineData("programme-confirmation", "programme-confirmation", CaseStage.AuditProgramme)]
    public void Require_LinkPurpose_OpenStepOfItsKind_ReturnsThatStep(string purpose, string kind, CaseStage stage)
    {
        var @case = Case(stage, (kind, StepStatus.Open));

        Assert.Equal(kind, LinkPurposeRules.Require(@case, purpose).Kind);
    }

    [Theory]
    [InlineData("documents", "application-review", CaseStage.ApplicationReview)]
    [InlineData("corrective-actions", "plan-acknowledgement", CaseStage.AuditPlanning)]
    [InlineData("plan-acknowledgement", "programme-confirmation", CaseStage.AuditProgramme)]
    [InlineData("programme-confirmation", "corrective-actions", CaseStage.CorrectiveAction)]
    [InlineData("application-form", "audit-programme", CaseStage.AuditProgramme)]
    [InlineData("application-form", "application-review", CaseStage.ApplicationReview)]
    public void Require_LinkPurpose_NoUseInTheCaseState_RefusedNamingTheCase(string purpose, string kind, CaseStage stage)
    {
        var @case = Case(stage, (kind, StepStatus.Open));

        var error = Assert.Throws<RuleViolationException>(() => LinkPurposeRules.Require(@case, purpose));

        Assert.Equal(("LINK-PURPOSE", "purpose"), (error.RuleId, error.Field));
        Assert.Contains(@case.Number, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Require_LinkPurpose_StepAlreadyCompleted_Refused()
    {
        var @case = Case(CaseStage.CorrectiveAction, ("corrective-actions", StepStatus.Completed));

        Assert.Throws<RuleViolationException>(() => LinkPurposeRules.Require(@case, SharedLinkPurposes.CorrectiveActions));
    }

    [Fact]
    public void Require_LinkPurpose_ApplicationReviewPausedByDeficiencyNotice_ApplicationFormRefused()
    {
        var @case = Case(CaseStage.AwaitingApplicant, ("application-review", StepStatus.Open), ("applicant-documents", StepStatus.Open));
        @case = CaseWithPausedFirstStep(@case);

        Assert.Null(LinkPurposeRules.StepFor(@case, SharedLinkPurposes.ApplicationForm));
        Assert.Equal("applicant-documents", LinkPurposeRules.Require(@case, SharedLinkPurposes.Documents).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("certificate")]
    public void Parse_UnknownPurpose_FieldErrorOnPurpose(string? purpose)
    {
        var error = Assert.Throws<InvalidInputException>(() => SharedLinkPurposes.Parse(purpose));

        Assert.Equal("purpose", error.Field);
    }

    [Fact]
    public void Tokens_New_43CharactersBase64UrlHashedAsText()
    {
        var (token, hash) = SharedLinkTokens.New();
        var other = SharedLinkTokens.New().Token;

        Assert.True(SharedLinkTokens.IsWellFormed(token));
        Assert.NotEqual(token, other);
        Assert.Equal(64, hash.Length);
        Assert.NotEqual(hash, SharedLinkTokens.Hash(string.Concat(token.AsSpan(0, 42), token[42] == 'A' ? "B" : "A")));
        Assert.False(SharedLinkTokens.IsWellFormed(token + "x"));
        Assert.False(SharedLinkTokens.IsWellFormed(string.Concat(token.AsSpan(0, 42), "=")));
    }

    // The review's clock stopped by the deficiency notice: the same case with its first step paused.
    private static CertificationCase CaseWithPausedFirstStep(CertificationCase @case)
    {
        var first = @case.Steps[0];
        return CertificationCase.Restore(new()
        {
            Id = @case.Id,
            Number = @case.Number,
            Scheme = @case.Scheme,
            RuleSetVersion = @case.RuleSetVersion,
            Organization = @case.Organization,
            ReceivedOn = @case.ReceivedOn,
            CreatedAt = @case.CreatedAt,
            Stage = @case.Stage,
            Steps = [PendingStep.Restore(first.Id, first.Kind, first.Role, first.OpenedOn, status: first.Status, paused: true), .. @case.Steps.Skip(1)],
        });
    }

    private static CertificationCase Case(CaseStage stage, params (string Kind, StepStatus Status)[] steps) => CertificationCase.Restore(new()
    {
        Id = Guid.NewGuid(),
        Number = "TEL-2025-0007",
        Scheme = "TEL",
        RuleSetVersion = "v1",
        Organization = "示例组织",
        Personnel = 10,
        Sites = 1,
        Scope = "呼叫中心",
        ReceivedOn = new DateOnly(2025, 9, 30),
        CreatedAt = new DateTimeOffset(2025, 9, 30, 2, 0, 0, TimeSpan.Zero),
        Stage = stage,
        Steps = [.. steps.Select(s => PendingStep.Restore(Guid.NewGuid(), s.Kind, "applicant", new DateOnly(2025, 9, 30), status: s.Status))],
    });
}
