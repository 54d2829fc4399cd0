using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Applications;

/// <summary>
/// The applicant submits the scheme's application form through the portal (invitation cases). The form's values become
/// the case's application: organisation, scope and size (§2.4), contact; the application counts as received today, so
/// the review deadline (LS-D01, CC9-D01, TEL-D01, AS-D01) runs from now.
/// </summary>
public sealed class ApplicationFormHandler : IStepHandler
{
    public const string StepKind = "application-form";

    /// <summary>Materials the form itself is: the application form, and TEL's information-collection form (002 §9.1.1 2)).</summary>
    public static IReadOnlySet<string> CoveredByForm { get; } = new HashSet<string>(["applicationForm", "informationForm"], StringComparer.Ordinal);

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["submit"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var (values, errors) = ApplicationForms.For(@case.Scheme).Check(data, ["materials", "comment"]);
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $"（另有 {errors.Count - 1} 处 / and {errors.Count - 1} more）" : string.Empty;
            throw new InvalidInputException($"data.{errors[0].Field}", errors[0].Message + more);
        }

        var codes = context.RuleSet.Eligibility.Materials.Select(m => m.Code).ToList();
        var supplied = (StepData.Optional(data, "materials") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (supplied.FirstOrDefault(code => !codes.Contains(code, StringComparer.Ordinal)) is { } unknown)
        {
            throw new InvalidInputException("data.materials", $"未知的材料代码“{unknown}”，应为 {string.Join("、", codes)} / unknown material \"{unknown}\"");
        }

        @case.Organization = values["organization"];
        @case.OrganizationCode = values.GetValueOrDefault("organizationCode");
        @case.Scope = values["scope"];
        @case.Personnel = int.Parse(values["personnel"], System.Globalization.CultureInfo.InvariantCulture);
        @case.Sites = int.Parse(values["sites"], System.Globalization.CultureInfo.InvariantCulture);
        @case.ReceivedOn = context.Today;
        @case.Facts.Contact = new ApplicantContactFacts { Name = values["contactName"], Phone = values["contactPhone"], Email = values["contactEmail"] };
        var outstanding = codes.Where(c => !CoveredByForm.Contains(c) && !supplied.Contains(c, StringComparer.Ordinal)).ToList();
        @case.Facts.Application = new ApplicationFormFacts { SubmittedOn = context.Today, Values = new Dictionary<string, string>(values), MaterialsList = supplied, OutstandingList = outstanding };

        var recorded = new Dictionary<string, string>(values)
        {
            ["materials"] = string.Join(",", supplied),
            ["outstanding"] = string.Join(",", outstanding),
        };
        context.Complete("submitted", recorded, StepData.Optional(data, "comment"));
        context.MoveTo(CaseStage.ApplicationReview, "application-received");
        context.Process.OpenApplicationReview(@case, context.Actor, context.Now);
        context.Notify("application-received", StaffRoles.ApplicationReviewer, ("organization", @case.Organization));
    }
}
