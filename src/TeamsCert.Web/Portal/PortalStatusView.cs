using System.Text;
using TeamsCert.Domain.Workflow;
using TeamsCert.Web.Texts;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>Where the application stands, for the applicant: the stage, each step with its state and date, the certificate. No staff names.</summary>
public static class PortalStatusView
{
    public static string Render(CertificationCase @case, UiLanguage lang)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(lang);
        var stage = StageTexts.For(@case.Stage);
        var html = new StringBuilder("<section id=\"status\"><h2>").Append(Encode(lang.T("办理进度", "Progress"))).Append("</h2>");
        html.Append("<p>").Append(Encode(lang.T("当前阶段：", "Current stage: "))).Append("<strong>").Append(Encode(lang.T(stage))).Append("</strong></p>");
        if (@case.Facts.Certificate is { } certificate)
        {
            html.Append("<p>").Append(Encode(lang.T($"证书编号 {certificate.Number}，有效期至 {UiLanguage.Date(certificate.ExpiresOn)}",
                $"Certificate {certificate.Number}, valid until {UiLanguage.Date(certificate.ExpiresOn)}"))).Append("</p>");
        }

        html.Append("<table><thead><tr><th>").Append(Encode(lang.T("事项", "Step"))).Append("</th><th>").Append(Encode(lang.T("状态", "State")))
            .Append("</th></tr></thead><tbody>");
        foreach (var step in @case.Steps.OrderBy(s => s.OpenedOn))
        {
            html.Append("<tr><td>").Append(Encode(lang.T(StepTexts.For(step.Kind).Title))).Append("</td><td>").Append(Encode(State(step, lang))).Append("</td></tr>");
        }

        return html.Append("</tbody></table></section>").ToString();
    }

    private static string State(PendingStep step, UiLanguage lang) => step.Status switch
    {
        StepStatus.Completed => lang.T($"已完成 {Day(step.CompletedAt)}", $"done {Day(step.CompletedAt)}"),
        StepStatus.Open when step.Paused => lang.T("办理中（计时暂停）", "in progress (clock paused)"),
        StepStatus.Open when step.DueOn is { } due => lang.T($"办理中，期限 {UiLanguage.Date(due)}", $"in progress, due {UiLanguage.Date(due)}"),
        StepStatus.Open => lang.T("办理中", "in progress"),
        _ => lang.T("已取消", "cancelled"),
    };

    private static string Day(DateTimeOffset? at) => at is { } value ? UiLanguage.Time(value)[..10] : string.Empty;
}
