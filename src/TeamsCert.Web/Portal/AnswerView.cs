using System.Globalization;
using System.Text;
using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Decisions;
using TeamsCert.Domain.Workflow.Programmes;
using TeamsCert.Domain.Workflow.Recertification;
using TeamsCert.Domain.Workflow.Surveillance;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>The short answers: acknowledge an audit plan, confirm a programme, supply requested information, apply for recertification.</summary>
public static class AnswerView
{
    public static string Render(PortalState state, IReadOnlyList<PortalItem> items)
    {
        var facts = state.Case.Facts;
        var html = new StringBuilder();
        switch (state.Step.Kind)
        {
            case PlanAcknowledgementHandler.StepKind when facts.Plan is { } plan:
                html.Append(Facts((state.T("审核计划发出日期", "Plan sent on"), Iso(plan.SentOn)), (state.T("现场审核开始日期", "On-site audit starts"), Iso(plan.OnSiteStart))));
                html.Append(FormFieldView.Consent("acknowledged", new("我方已阅读审核计划，对计划的理解没有歧义", "We have read the audit plan and understand it"), state, PortalFormView.FormId));
                break;
            case SurveillanceAuditPlanHandler.AcknowledgementKind:
                html.Append(FormFieldView.Consent("acknowledged", new("我方已阅读监督审核计划，对计划的理解没有歧义", "We have read the surveillance audit plan and understand it"), state, PortalFormView.FormId));
                break;
            case ProgrammeConfirmationHandler.StepKind when facts.Programme is { } programme:
                html.Append(Facts(
                    (state.T("提出日期", "Proposed on"), Iso(programme.ProposedOn)),
                    (state.T("审核人日", "Audit person-days"), (programme.TotalPersonDays ?? programme.PersonDays)?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—"),
                    (state.T("认证模式", "Certification modes"), programme.Modes ?? "—")));
                html.Append(FormFieldView.Consent("confirmed", new("我方确认本审核方案", "We confirm this audit programme"), state, PortalFormView.FormId));
                break;
            case SupplyInformationHandler.StepKind:
                html.Append(FormFieldView.Text("information", new("补充的信息", "The information requested"), state, PortalFormView.FormId, required: true));
                html.Append(ChecklistView.Render(state, items, state.T("附件（可选）", "Attachments (optional)")));
                return html.ToString();
            case RecertificationApplicationHandler.StepKind:
                html.Append(FormFieldView.Consent("declaration", new("本组织申请再认证，所提供的信息真实、准确、完整", "We apply for recertification; the information given is true, accurate and complete"),
                    state, PortalFormView.FormId));
                html.Append(SignificantChange(state));
                break;
        }

        return html.Append(FormFieldView.Text("comment", new("说明（可选）", "Remarks (optional)"), state, PortalFormView.FormId, required: false)).ToString();
    }

    private static string SignificantChange(PortalState state)
    {
        var yes = state.Value("significantChange") == "true";
        return "<fieldset><legend>" + Encode(state.T("自上次认证以来，组织、服务或体系是否有重大变更？", "Has the organisation, its services or its system changed significantly since the last certification?"))
            + "</legend>"
            + $"<label><input type=\"radio\" name=\"significantChange\" value=\"false\" form=\"{PortalFormView.FormId}\"{(yes ? "" : " checked")}> {Encode(state.T("否", "No"))}</label>"
            + $"<label><input type=\"radio\" name=\"significantChange\" value=\"true\" form=\"{PortalFormView.FormId}\"{(yes ? " checked" : "")}> {Encode(state.T("是", "Yes"))}</label>"
            + "</fieldset>";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
