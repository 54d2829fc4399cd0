using System.Text.Json;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Decisions;
using TeamsCert.Domain.Workflow.Findings;
using TeamsCert.Domain.Workflow.Programmes;
using TeamsCert.Domain.Workflow.Recertification;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Web.Portal;

/// <summary>
/// Turns a posted portal form into the runtime action of the link's step, checking everything the page asks for first
/// so that every refused answer is reported at once and the applicant's input is shown again.
/// </summary>
public sealed record PortalSubmission(string Action, IReadOnlyDictionary<string, string> Data, IReadOnlyList<FormError> Errors)
{
    public static PortalSubmission From(PortalState state, IReadOnlyDictionary<string, string> posted)
    {
        var items = PortalItems.For(state.Case, state.Step, state.RuleSet);
        var supplied = items.Where(i => state.Documents.Any(d => d.Item == i.Code)).Select(i => i.Code).ToList();
        var comment = Optional(posted, "comment");
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        var errors = new List<FormError>();
        string action;
        switch (state.Step.Kind)
        {
            case ApplicationFormHandler.StepKind:
                var form = ApplicationForms.For(state.Case.Scheme);
                var fields = form.Fields.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
                var answers = posted.Where(p => fields.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                errors.AddRange(form.Check(answers).Errors);
                foreach (var (key, value) in answers)
                {
                    data[key] = value;
                }

                data["materials"] = string.Join(",", supplied);
                action = "submit";
                break;
            case ApplicantDocumentsHandler.StepKind:
                if (supplied.Count == 0)
                {
                    errors.Add(new FormError("documents", "请至少上传一项所缺材料后再提交 / upload at least one missing item before submitting"));
                }

                data["materials"] = string.Join(",", supplied);
                action = "supply";
                break;
            case SupplyInformationHandler.StepKind:
                Require(posted, "information", "补充的信息 / the information", data, errors);
                action = "supply";
                break;
            case CorrectiveActionsHandler.StepKind:
                data["actions"] = CorrectiveActions(state, posted, errors);
                action = "submit";
                break;
            case PlanAcknowledgementHandler.StepKind or SurveillanceAuditPlanHandler.AcknowledgementKind:
                Consent(posted, "acknowledged", "确认审核计划 / acknowledge the audit plan", errors);
                action = "acknowledge";
                break;
            case ProgrammeConfirmationHandler.StepKind:
                Consent(posted, "confirmed", "确认审核方案 / confirm the audit programme", errors);
                action = "confirm";
                break;
            case RecertificationApplicationHandler.StepKind:
                Consent(posted, "declaration", "再认证申请声明 / the recertification declaration", errors);
                data["significantChange"] = Optional(posted, "significantChange") == "true" ? "true" : "false";
                action = "apply";
                break;
            default:
                throw new InvalidOperationException($"No portal form for step kind {state.Step.Kind}.");
        }

        return new PortalSubmission(action, data, errors);
    }

    private static string CorrectiveActions(PortalState state, IReadOnlyDictionary<string, string> posted, List<FormError> errors)
    {
        var answers = new List<object>();
        foreach (var (code, title, finding) in PortalItems.Nonconformities(state.Case))
        {
            var text = Optional(posted, code);
            var evidence = state.Documents.Where(d => d.Item == code).Select(d => $"{d.FileName} v{d.Version}").ToList();
            if (text is null)
            {
                errors.Add(new FormError(code, $"请填写{title.ZhCn}的纠正措施 / describe the corrective action for {title.En}"));
            }
            else if (evidence.Count == 0)
            {
                errors.Add(new FormError(code, $"请为{title.ZhCn}上传至少一个证据文件 / upload at least one evidence file for {title.En}"));
            }

            answers.Add(new { finding = code, clause = finding.Clause, grade = finding.Grade.ToString(), action = text ?? string.Empty, evidence });
        }

        return JsonSerializer.Serialize(answers);
    }

    private static void Require(IReadOnlyDictionary<string, string> posted, string key, string label, Dictionary<string, string> data, List<FormError> errors)
    {
        if (Optional(posted, key) is { } value)
        {
            data[key] = value;
        }
        else
        {
            errors.Add(new FormError(key, $"请填写{label.Split(" / ")[0]} / {label.Split(" / ")[1]} is required"));
        }
    }

    private static void Consent(IReadOnlyDictionary<string, string> posted, string key, string label, List<FormError> errors)
    {
        if (Optional(posted, key) != "true")
        {
            errors.Add(new FormError(key, $"请勾选以{label.Split(" / ")[0]} / tick the box to {label.Split(" / ")[1]}"));
        }
    }

    private static string? Optional(IReadOnlyDictionary<string, string> posted, string key) =>
        posted.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
