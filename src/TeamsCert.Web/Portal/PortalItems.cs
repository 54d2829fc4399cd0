using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Domain.Workflow.Decisions;
using TeamsCert.Domain.Workflow.Findings;

namespace TeamsCert.Web.Portal;

/// <summary>One thing the applicant may upload files for on a link's page, and the document purpose (size limit) it is stored under.</summary>
public sealed record PortalItem(string Code, LocalizedText Label, string DocumentPurpose);

/// <summary>
/// What a link's step accepts uploads for: the scheme's materials on the application form (less the form itself), the
/// items of the one-time deficiency notice, the requested information, or evidence per nonconformity (<c>finding-n</c>).
/// </summary>
public static class PortalItems
{
    public const string RequiredDocument = "required-document";
    public const string Evidence = "corrective-action-evidence";
    public const string Other = "other";

    public static IReadOnlyList<PortalItem> For(CertificationCase @case, PendingStep step, SchemeRuleSet ruleSet)
    {
        var materials = ruleSet.Eligibility.Materials;
        return step.Kind switch
        {
            ApplicationFormHandler.StepKind => [.. materials.Where(m => !ApplicationFormHandler.CoveredByForm.Contains(m.Code))
                .Select(m => new PortalItem(m.Code, m.Label, RequiredDocument))],
            ApplicantDocumentsHandler.StepKind => [.. materials.Where(m => @case.MissingMaterials.Contains(m.Code))
                .Select(m => new PortalItem(m.Code, m.Label, RequiredDocument))],
            SupplyInformationHandler.StepKind => [new PortalItem("information", new("补充信息的附件", "Attachments to the information"), Other)],
            CorrectiveActionsHandler.StepKind => [.. Nonconformities(@case).Select(f => new PortalItem(f.Code, f.Title, Evidence))],
            _ => [],
        };
    }

    /// <summary>The nonconformities that need corrective actions, numbered from 1 in the order they were found.</summary>
    public static IReadOnlyList<(string Code, LocalizedText Title, Domain.Workflow.Facts.FindingFacts Finding)> Nonconformities(CertificationCase @case) =>
        [.. @case.Facts.Findings.Where(f => f.IsNonconformity).Select((f, i) =>
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var grade = f.Grade == Domain.Workflow.Facts.FindingGrade.Major ? new LocalizedText("严重不符合", "major nonconformity") : new LocalizedText("一般不符合", "minor nonconformity");
            return ($"finding-{n}", new LocalizedText($"不符合项 {n}（{grade.ZhCn}，条款 {f.Clause}）", $"Nonconformity {n} ({grade.En}, clause {f.Clause})"), f);
        })];
}
