using System.Text;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Domain.Workflow.Findings;
using TeamsCert.Web.Texts;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The page of a usable link, in one language: what is asked, the form of its step, the uploads it takes, a draft to
/// save, what happens after submitting, and where the case stands. With materials missing, a submission first comes
/// back with the list of what is missing and what follows, to confirm or go back.
/// </summary>
public static class PortalFormView
{
    public const string FormId = "portal-form";

    public static string Render(PortalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var lang = state.Chrome.Lang;
        var title = lang.T(LinkPurposeTexts.Title(state.Link.Purpose));
        var html = new StringBuilder(Header(state)).Append("<p>").Append(Encode(lang.T(LinkPurposeTexts.Ask(state.Link.Purpose)))).Append("</p>");
        if (state.Banner is { } banner)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Encode(lang.Pick(banner))).Append("</p>");
        }

        if (state.Notice is { } notice)
        {
            html.Append("<p class=\"ok\" role=\"status\" id=\"notice\">").Append(Encode(notice)).Append("</p>");
        }
        else if (state.DraftSavedAt is { } saved)
        {
            html.Append("<p class=\"note\" id=\"draft-note\">").Append(Encode(state.T($"已载入您于 {UiLanguage.Time(saved)}（北京时间）保存的草稿。",
                $"Your draft saved at {UiLanguage.Time(saved)} (Beijing time) is shown."))).Append("</p>");
        }

        if (state.Errors.Count > 0)
        {
            html.Append("<div class=\"error\" role=\"alert\" id=\"errors\"><p>").Append(Encode(state.T($"有 {state.Errors.Count} 处需要修改：",
                $"{state.Errors.Count} answer(s) need attention:"))).Append("</p><ul>");
            html.AppendJoin(string.Empty, state.Errors.Select(e => $"<li>{Encode(lang.Pick(e.Message))}</li>")).Append("</ul></div>");
        }

        if (state.MissingToConfirm is { } missing)
        {
            html.Append(MissingWarning(state, missing));
        }

        var items = PortalItems.For(state.Case, state.Step, state.RuleSet);
        html.Append("<form id=\"").Append(FormId).Append("\" method=\"post\" action=\"").Append(Encode(state.Action)).Append("\"></form>");
        html.Append(state.Step.Kind switch
        {
            ApplicationFormHandler.StepKind => ApplicationForm(state, items),
            ApplicantDocumentsHandler.StepKind => ChecklistView.Render(state, items, state.T("缺件通知所列材料", "Items listed in the deficiency notice"))
                + FormFieldView.Text("comment", new("说明（可选）", "Remarks (optional)"), state, FormId, required: false),
            CorrectiveActionsHandler.StepKind => CorrectiveActionsView.Render(state, items),
            _ => AnswerView.Render(state, items),
        });
        html.Append("<h2>").Append(Encode(state.T("提交之后", "After you submit"))).Append("</h2><p id=\"next\">").Append(Encode(PortalNextSteps.After(state))).Append("</p>");
        html.Append("<div class=\"actions\"><button type=\"submit\" id=\"submit\" form=\"").Append(FormId).Append("\">").Append(Encode(state.T("提交", "Submit"))).Append("</button>")
            .Append("<button type=\"submit\" id=\"save-draft\" class=\"secondary\" name=\"intent\" value=\"draft\" formnovalidate form=\"").Append(FormId).Append("\">")
            .Append(Encode(state.T("保存草稿", "Save draft"))).Append("</button></div><p class=\"hint\">")
            .Append(Encode(state.T("草稿保存在认证机构的服务器上，用同一链接再次打开即可继续填写（链接有效期内）。",
                "The draft is kept on the certification body's server: open the same link again to carry on (while the link is valid).")))
            .Append("</p>");
        html.Append(PortalStatusView.Render(state.Case, lang));
        return Page(state.Chrome, $"{title} · {state.Case.Number}", html.ToString(), withScript: items.Count > 0);
    }

    private static string MissingWarning(PortalState state, IReadOnlyList<PortalItem> missing)
    {
        var lang = state.Chrome.Lang;
        var html = new StringBuilder("<section class=\"note\" role=\"alert\" id=\"incomplete-warning\"><h2>")
            .Append(Encode(state.T($"还缺 {missing.Count} 项必需材料", $"{missing.Count} required item(s) still missing"))).Append("</h2><ul>");
        html.AppendJoin(string.Empty, missing.Select(m => $"<li>{Encode(lang.T(m.Label))}</li>")).Append("</ul>");
        html.Append("<p>").Append(Encode(PortalNextSteps.Incomplete(state.Chrome))).Append("</p><p>").Append(Encode(PortalNextSteps.Review(state.RuleSet, state.Chrome))).Append("</p>");
        html.Append("<div class=\"actions\"><button type=\"submit\" id=\"confirm-incomplete\" name=\"confirmIncomplete\" value=\"true\" form=\"").Append(FormId).Append("\">")
            .Append(Encode(state.T("仍然提交", "Submit anyway"))).Append("</button><a class=\"button secondary\" href=\"#documents\">")
            .Append(Encode(state.T("返回补充材料", "Go back and add them"))).Append("</a></div></section>");
        return html.ToString();
    }

    private static string Header(PortalState state)
    {
        var lang = state.Chrome.Lang;
        var step = StepTexts.For(state.Step.Kind).Title;
        var due = state.Step.DueOn is { } day ? UiLanguage.Date(day) : state.T(state.Step.Paused ? "计时暂停" : "未设定", state.Step.Paused ? "clock paused" : "not set");
        return Facts(
            (state.T("案件编号", "Case number"), state.Case.Number),
            (state.T("申请组织", "Organisation"), state.Case.Organization),
            (state.T("待办事项", "Pending step"), lang.T(step)),
            (state.T("办理期限", "Due"), due),
            (state.T("链接有效期至（北京时间）", "Link valid until (Beijing time)"), UiLanguage.Time(state.Link.ExpiresAt)));
    }

    private static string ApplicationForm(PortalState state, IReadOnlyList<PortalItem> items)
    {
        var lang = state.Chrome.Lang;
        var form = ApplicationForms.For(state.Case.Scheme);
        var html = new StringBuilder("<section id=\"application\"><h2>").Append(Encode(state.T($"认证申请书（{form.Source}）", $"Application form ({form.Source})"))).Append("</h2>");
        foreach (var section in form.Sections.Where(s => s.Code != "declaration"))
        {
            html.Append("<fieldset><legend>").Append(Encode(lang.T(section.Title))).Append("</legend>");
            html.AppendJoin(string.Empty, section.Fields.Select(f => FormFieldView.Render(f, state, FormId))).Append("</fieldset>");
        }

        html.Append("</section>").Append(ChecklistView.Render(state, items, state.T("申请材料", "Application materials")));
        foreach (var section in form.Sections.Where(s => s.Code == "declaration"))
        {
            html.Append("<fieldset><legend>").Append(Encode(lang.T(section.Title))).Append("</legend>");
            html.AppendJoin(string.Empty, section.Fields.Select(f => FormFieldView.Render(f, state, FormId))).Append("</fieldset>");
        }

        return html.ToString();
    }
}
