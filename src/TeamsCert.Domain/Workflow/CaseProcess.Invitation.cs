using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow;

public sealed partial class CaseProcess
{
    /// <summary>
    /// Opens a case from an invitation: it waits for the applicant's application form (step <c>application-form</c>,
    /// stage AwaitingApplicant). No review deadline runs yet: the application is received when the form is submitted.
    /// </summary>
    public CertificationCase Invite(InvitationRequest request, string number, Actor actor, DateTimeOffset now)
    {
        request.Validate();
        var email = string.IsNullOrWhiteSpace(request.ContactEmail) ? null : request.ContactEmail.Trim();
        var @case = NewCase(number, request.Organization, now, CaseStage.AwaitingApplicant);
        if (email is not null || !string.IsNullOrWhiteSpace(request.ContactName))
        {
            @case.Facts.Contact = new ApplicantContactFacts { Email = email, Name = request.ContactName?.Trim() };
        }

        @case.Record("case.invited", actor, now, null, null, new Dictionary<string, string>
        {
            ["number"] = number,
            ["scheme"] = RuleSet.Scheme,
            ["ruleSetVersion"] = RuleSet.Version,
            ["organization"] = @case.Organization,
            ["contactEmail"] = email ?? string.Empty,
        });
        @case.OpenNewStep(ApplicationFormHandler.StepKind, StaffRoles.Applicant, @case.ReceivedOn, actor, now);
        return @case;
    }

    /// <summary>A new case of this rule set received today (Shanghai), refused under A-03 when the rules take no new applications.</summary>
    private CertificationCase NewCase(string number, string organization, DateTimeOffset now, CaseStage stage)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ShanghaiTime.Zone).DateTime);
        RuleSet.EnsureOpenForApplications(today);
        return new CertificationCase
        {
            Id = Guid.NewGuid(),
            Number = number,
            Scheme = RuleSet.Scheme,
            RuleSetVersion = RuleSet.Version,
            Organization = organization.Trim(),
            Personnel = 0,
            Sites = 0,
            Scope = string.Empty,
            ReceivedOn = today,
            CreatedAt = now,
            Stage = stage,
        };
    }
}
