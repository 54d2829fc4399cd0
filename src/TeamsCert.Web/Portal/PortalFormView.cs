using System.Globalization;
using System.Text;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Domain.Workflow.Findings;
using TeamsCert.Web.Texts;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>The page of a usable link: what is asked, the form of its step, the uploads it takes, and where the case stands.</summary>
public static class PortalFormView
{
    public const string FormId = "portal-form";

    public static string Render(PortalState state)
    {
        var title = LinkPurposeTexts.Title(state.Link.Purpose);
        var ask = LinkPurposeTexts.Ask(state.Link.Purpose);
        var html = new StringBuilder(Header(state)).Append("<p>").Append(Bi(ask.ZhCn, ask.En)).Append("</p>");
        if (state.Banner is { } banner)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Encode(banner)).Append("</p>");
        }

        if (state.Errors.Count > 0)
        {
            html.Append("<div class=\"error\" role=\"alert\" id=\"errors\"><p>").Append(Bi($"有 {state.Errors.Count} 处需要修改：",
                $"{state.Errors.Count} answer(s) need attention:")).Append("</p><ul>");
            html.AppendJoin(string.Empty, state.Errors.Select(e => $"<li>{Encode(e.Message)}</li>")).Append("</ul></div>");
        }

        var items = PortalItems.For(state.Case, state.Step, state.RuleSet);
        html.Append("<form id=\"").Append(FormId).Append("\" method=\"post\" action=\"").Append(Encode(state.Action)).Append("\"></form>");
        html.Append(state.Step.Kind switch
        {
            ApplicationFormHandler.StepKind => ApplicationForm(state, items),
            ApplicantDocumentsHandler.StepKind => ChecklistView.Render(state, items, "缺件通知所列材料", "Items listed in the deficiency notice")
                + FormFieldView.Text("comment", new("说明（可选）", "Remarks (optional)"), state, FormId, required: false),
            CorrectiveActionsHandler.StepKind => CorrectiveActionsView.Render(state, items),
            _ => AnswerView.Render(state, items),
        });
        html.Append("<button type=\"submit\" form=\"").Append(FormId).Append("\">").Append(Bi("提交", "Submit")).Append("</button>");
        html.Append(PortalStatusView.Render(state.Case));
        return FormPage($"{title.ZhCn} · {state.Case.Number}", $"{title.En} · {state.Case.Number}", html.ToString(), withScript: items.Count > 0);
    }

    private static string Header(PortalState state)
    {
        var step = StepTexts.For(state.Step.Kind).Title;
        var due = state.Step.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expires = TimeZoneInfo.ConvertTime(state.Link.ExpiresAt, TeamsCert.Domain.Calendar.ShanghaiTime.Zone)
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new StringBuilder("<dl>")
            .Append("<dt>").Append(Bi("案件编号", "Case number")).Append("</dt><dd>").Append(Encode(state.Case.Number)).Append("</dd>")
            .Append("<dt>").Append(Bi("申请组织", "Organisation")).Append("</dt><dd>").Append(Encode(state.Case.Organization)).Append("</dd>")
            .Append("<dt>").Append(Bi("待办事项", "Pending step")).Append("</dt><dd>").Append(Bi(step.ZhCn, step.En)).Append("</dd>")
            .Append("<dt>").Append(Bi("办理期限", "Due")).Append("</dt><dd>")
            .Append(due is null ? Bi(state.Step.Paused ? "计时暂停" : "未设定", state.Step.Paused ? "clock paused" : "not set") : Encode(due)).Append("</dd>")
            .Append("<dt>").Append(Bi("链接有效期至（北京时间）", "Link valid until (Beijing time)")).Append("</dt><dd>").Append(Encode(expires)).Append("</dd></dl>")
            .ToString();
    }

    private static string ApplicationForm(PortalState state, IReadOnlyList<PortalItem> items)
    {
        var form = ApplicationForms.For(state.Case.Scheme);
        var html = new StringBuilder("<section id=\"application\"><h2>").Append(Bi($"认证申请书（{form.Source}）", $"Application form ({form.Source})")).Append("</h2>");
        foreach (var section in form.Sections.Where(s => s.Code != "declaration"))
        {
            html.Append("<fieldset><legend>").Append(Bi(section.Title.ZhCn, section.Title.En)).Append("</legend>");
            foreach (var field in section.Fields)
            {
                html.Append(FormFieldView.Render(field, state, FormId));
            }

            html.Append("</fieldset>");
        }

        html.Append("</section>").Append(ChecklistView.Render(state, items, "申请材料", "Application materials"));
        foreach (var section in form.Sections.Where(s => s.Code == "declaration"))
        {
            html.Append("<fieldset><legend>").Append(Bi(section.Title.ZhCn, section.Title.En)).Append("</legend>");
            html.AppendJoin(string.Empty, section.Fields.Select(f => FormFieldView.Render(f, state, FormId))).Append("</fieldset>");
        }

        return html.ToString();
    }
}
