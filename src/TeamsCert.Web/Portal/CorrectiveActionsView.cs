using System.Text;
using TeamsCert.Domain;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>One block per nonconformity: what was found, the corrective action (required) and its evidence files (at least one).</summary>
public static class CorrectiveActionsView
{
    public static string Render(PortalState state, IReadOnlyList<PortalItem> items)
    {
        var html = new StringBuilder("<section id=\"findings\"><h2>").Append(Encode(state.T("不符合项及纠正措施", "Nonconformities and corrective actions"))).Append("</h2>");
        foreach (var (code, title, finding) in PortalItems.Nonconformities(state.Case))
        {
            html.Append("<fieldset><legend>").Append(Encode(state.Chrome.Lang.T(title))).Append("</legend>");
            html.Append("<p>").Append(Encode(state.T("审核发现：", "Finding:"))).Append(' ').Append(Encode(finding.Evidence)).Append("</p>");
            html.Append(FormFieldView.Text(code, new LocalizedText("纠正措施（原因分析、纠正、纠正措施及完成日期）", "Corrective action (cause, correction, action and completion date)"),
                state, PortalFormView.FormId, required: true));
            html.Append("</fieldset>");
        }

        html.Append("</section>");
        return html.Append(ChecklistView.Render(state, items, state.T("验证证据（每项至少一个文件）", "Evidence (at least one file per nonconformity)"))).ToString();
    }
}
