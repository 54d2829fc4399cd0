using System.Globalization;
using System.Text;
using TeamsCert.Domain;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Web.Texts;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The receipt of a submission: every answer with its label, every file that counts (name and size), the case number,
/// the time in Beijing time, what happens next and how to reach the body. Shown as the page after submitting, and
/// queued as the <c>submission-receipt</c> outbound message to the applicant in the submission's own transaction.
/// </summary>
public static class PortalReceipt
{
    public const string MessageKind = TeamsCert.Infrastructure.Links.Runtime.ReceiptMailer.Kind;

    /// <summary>The answers as the applicant reads them: label and value, in the form's order; empty answers left out.</summary>
    public static IReadOnlyList<(string Label, string Value)> Answers(PortalState state, IReadOnlyDictionary<string, string> posted)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(posted);
        var lang = state.Chrome.Lang;
        var fields = state.Step.Kind == ApplicationFormHandler.StepKind
            ? ApplicationForms.For(state.Case.Scheme).Fields
            : [.. PortalItems.Nonconformities(state.Case).Select(n => new FormField(n.Code, n.Title, FormFieldType.MultilineText)),
                new FormField("information", new("补充的信息", "The information requested"), FormFieldType.MultilineText),
                new FormField("acknowledged", new("确认审核计划", "Audit plan acknowledged"), FormFieldType.Consent),
                new FormField("confirmed", new("确认审核方案", "Audit programme confirmed"), FormFieldType.Consent),
                new FormField("declaration", new("再认证申请声明", "Recertification declaration"), FormFieldType.Consent),
                new FormField("significantChange", new("自上次认证以来有重大变更", "Significant change since the last certification"), FormFieldType.Consent)];
        var answers = new List<(string, string)>();
        foreach (var field in fields.Append(new FormField("comment", new("说明", "Remarks"), FormFieldType.MultilineText)))
        {
            if (posted.TryGetValue(field.Code, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                var shown = field.Type == FormFieldType.Consent
                    ? (value == "true" ? lang.T("是", "Yes") : lang.T("否", "No"))
                    : value.Trim();
                answers.Add((Short(lang.T(field.Label)), shown));
            }
        }

        return answers;
    }

    /// <summary>The files that went with the submission, by item: "label: name (size)".</summary>
    public static IReadOnlyList<(string Item, string File)> Files(PortalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var labels = PortalItems.For(state.Case, state.Step, state.RuleSet).ToDictionary(i => i.Code, i => state.Chrome.Lang.T(i.Label), StringComparer.Ordinal);
        return [.. state.Documents.Where(d => d.Item is not null && labels.ContainsKey(d.Item))
            .Select(d => (labels[d.Item!], $"{d.FileName} ({ChecklistView.Size(d.Size)})"))];
    }

    /// <summary>The receipt e-mail, queued through the runtime with the submission (the outbox delivers it after the commit).</summary>
    public static OutboundMessage Message(PortalState state, IReadOnlyDictionary<string, string> posted, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        var answers = Answers(state, posted);
        var files = Files(state);
        var to = posted.GetValueOrDefault("contactEmail") is { Length: > 0 } typed ? typed.Trim() : state.Case.Facts.Contact?.Email ?? string.Empty;
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["caseNumber"] = state.Case.Number,
            ["to"] = to,
            ["lang"] = state.Chrome.Lang.Tag,
            ["subject"] = state.T($"提交回执：{state.Case.Number}", $"Receipt: {state.Case.Number}"),
            ["submittedAt"] = UiLanguage.Time(at),
            ["answers"] = string.Join('\n', answers.Select(a => $"{a.Label}: {a.Value}")),
            ["files"] = string.Join('\n', files.Select(f => $"{f.Item}: {f.File}")),
            ["next"] = PortalNextSteps.After(state),
            ["contact"] = state.Chrome.ContactUs("如有疑问，", "With any question,"),
        };
        return new OutboundMessage(string.Create(CultureInfo.InvariantCulture, $"{state.Case.Id}:{MessageKind}:{state.Step.Id}"), MessageKind, StaffRoles.Applicant, data);
    }

    /// <summary>The page after an accepted submission.</summary>
    public static string Page(PortalState state, IReadOnlyDictionary<string, string> posted, CertificationCase after, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(after);
        var lang = state.Chrome.Lang;
        var title = lang.T(LinkPurposeTexts.Title(state.Link.Purpose));
        var html = new StringBuilder("<p class=\"ok\" role=\"status\" id=\"receipt-status\">")
            .Append(Encode(state.T("已提交。这是您的提交回执，回执也已发送到您的邮箱。请保存本页（可打印）。", "Submitted. This is your receipt; a copy is sent to your e-mail. Please keep this page (you can print it).")))
            .Append("</p>");
        html.Append(Facts(
            (state.T("案件编号", "Case number"), after.Number),
            (state.T("申请组织", "Organisation"), after.Organization),
            (state.T("提交事项", "Submitted"), title),
            (state.T("提交时间（北京时间）", "Submitted at (Beijing time)"), UiLanguage.Time(at))));
        html.Append("<section id=\"receipt-answers\"><h2>").Append(Encode(state.T("提交的内容", "What you submitted"))).Append("</h2><table class=\"stack\"><tbody>");
        foreach (var (label, value) in Answers(state, posted))
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section><section id=\"receipt-files\"><h2>").Append(Encode(state.T("提交的文件", "Files submitted"))).Append("</h2>");
        var files = Files(state);
        html.Append(files.Count == 0
            ? Paragraph(state.T("未附文件。", "No files."))
            : "<ul>" + string.Concat(files.Select(f => $"<li>{Encode(f.Item)}{(lang.IsChinese ? "：" : ": ")}{Encode(f.File)}</li>")) + "</ul>");
        html.Append("</section><h2>").Append(Encode(state.T("接下来", "What happens next"))).Append("</h2><p id=\"next\">").Append(Encode(PortalNextSteps.After(state))).Append("</p>");
        html.Append(Paragraph(state.Chrome.ContactUs("如有疑问，", "With any question,")));
        html.Append(PortalStatusView.Render(after, lang));
        return PortalHtml.Page(state.Chrome, state.T($"提交回执 · {after.Number}", $"Receipt · {after.Number}"), html.ToString());
    }

    private static string Short(string label) => label.Length > 80 ? label[..78] + "…" : label;
}
