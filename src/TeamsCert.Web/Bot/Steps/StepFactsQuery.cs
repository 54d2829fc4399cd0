using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// Reads what the decider of a step needs (<see cref="StepFacts"/>): the submitted application with every value under
/// its label from the scheme's form definition, the materials checklist with the uploaded files (staff download under
/// <c>App:PublicBaseUrl</c>), the audits' findings and score, the corrective actions the applicant submitted.
/// </summary>
public sealed class StepFactsQuery(TeamsCertDbContext db, CaseStore store, RulesRuntime rules, CardOptions options)
{
    private static readonly HashSet<string> _materialSteps = new([ApplicationReviewHandler.StepKind, "applicant-documents"], StringComparer.Ordinal);

    private static readonly HashSet<string> _findingSteps = new(
        ["corrective-actions", "corrective-action-verification", "report-approval", "committee-report-approval", "certification-decision",
            "surveillance-decision", "special-audit-decision"],
        StringComparer.Ordinal);

    public async Task<StepFacts> ForAsync(CertificationCase @case, PendingStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(step);
        var facts = StepFacts.None;
        if (_materialSteps.Contains(step.Kind))
        {
            facts = facts with
            {
                Application = step.Kind == ApplicationReviewHandler.StepKind ? Application(@case) : null,
                Materials = await MaterialsAsync(@case, step, cancellationToken),
            };
        }

        if (_findingSteps.Contains(step.Kind))
        {
            facts = facts with
            {
                Findings = [.. @case.Facts.Findings.Select(f => new FindingItem(f.AuditKind, f.Grade, f.Clause, f.Evidence))],
                Score = Score(@case),
            };
        }

        if (step.Kind == "corrective-action-verification")
        {
            facts = facts with { CorrectiveActions = await CorrectiveActionsAsync(@case.Id, cancellationToken) };
        }

        return facts;
    }

    private static ApplicationView? Application(CertificationCase @case)
    {
        if (@case.Facts.Application is not { } application || !ApplicationForms.Schemes.Contains(@case.Scheme))
        {
            return null;
        }

        var form = ApplicationForms.For(@case.Scheme);
        var parts = form.Sections
            .Select(section => new FormPart(section.Title, [.. section.Fields
                .Where(f => application.Values.ContainsKey(f.Code))
                .Select(f => new FormValue(f.Code, f.Label, Shown(f, application.Values[f.Code])))]))
            .Where(p => p.Values.Count > 0)
            .ToList();
        return new ApplicationView(application.SubmittedOn, parts);
    }

    /// <summary>A consent is shown as the applicant's yes, not the stored <c>true</c>.</summary>
    private static string Shown(FormField field, string value) =>
        field.Type == FormFieldType.Consent && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? "✓" : value;

    private async Task<IReadOnlyList<MaterialItem>> MaterialsAsync(CertificationCase @case, PendingStep step, CancellationToken cancellationToken)
    {
        var ruleSet = rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion);
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.CaseId == @case.Id && d.Item != null)
            .Select(d => new { d.Id, d.Item, d.FileName, d.Version })
            .ToListAsync(cancellationToken);
        var files = rows
            .GroupBy(d => (d.Item!, d.FileName))
            .Select(g => g.OrderByDescending(d => d.Version).First())
            .GroupBy(d => d.Item!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.FileName, StringComparer.Ordinal).Select(d => new FileLink(d.FileName, Download(d.Id))).ToList(),
                StringComparer.Ordinal);
        var application = @case.Facts.Application;
        return [.. ruleSet.Eligibility.Materials.Select(m =>
        {
            var uploaded = files.GetValueOrDefault(m.Code) ?? [];
            var present = step.Kind == "applicant-documents"
                ? !@case.MissingMaterials.Contains(m.Code, StringComparer.Ordinal)
                : uploaded.Count > 0 || application?.Materials.Contains(m.Code, StringComparer.Ordinal) == true
                    || (application is not null && ApplicationFormHandler.CoveredByForm.Contains(m.Code));
            return new MaterialItem(m.Code, m.Label, present, uploaded);
        })];
    }

    private Uri Download(Guid documentId) =>
        new(options.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + string.Create(CultureInfo.InvariantCulture, $"/api/documents/{documentId:D}/content"));

    private LocalizedText? Score(CertificationCase @case) =>
        @case.Facts.Score is { } score ? ScoreWords.Describe(score, rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion)) : null;

    private async Task<IReadOnlyList<string>> CorrectiveActionsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var journal = await store.JournalAsync(caseId, cancellationToken);
        var submitted = new List<string>();
        foreach (var row in journal.Where(r => r.Type == "step.completed"))
        {
            using var data = JsonDocument.Parse(row.DataJson);
            if (data.RootElement.TryGetProperty("kind", out var kind) && kind.GetString() == "corrective-actions"
                && data.RootElement.TryGetProperty("actions", out var actions) && actions.GetString() is { Length: > 0 } text)
            {
                submitted.Add(text);
            }
        }

        return submitted;
    }
}
