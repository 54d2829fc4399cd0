using System.Globalization;

namespace TeamsCert.Domain.Workflow.Applications;

/// <summary>The applicant answers a deficiency notice: the paused review clock resumes and its due date moves on.</summary>
public sealed class ApplicantDocumentsHandler : IStepHandler
{
    public const string StepKind = "applicant-documents";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["supply"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var supplied = data.GetValueOrDefault("materials")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var outstanding = @case.MissingMaterials.Except(supplied, StringComparer.Ordinal).ToList();
        var review = @case.OpenStep(ApplicationReviewHandler.StepKind)!;
        context.Complete("supplied", new Dictionary<string, string>
        {
            ["supplied"] = string.Join(",", supplied),
            ["outstanding"] = string.Join(",", outstanding),
        }, ruleId: review.DueRuleId);
        @case.ResumeClock(context.Today);
        context.MoveTo(CaseStage.ApplicationReview, ruleId: review.DueRuleId);
        context.Process.Reschedule(@case, review, context.Now);
        context.Record("clock.resumed", null, review.DueRuleId, new Dictionary<string, string>
        {
            ["due"] = review.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        });
    }
}
