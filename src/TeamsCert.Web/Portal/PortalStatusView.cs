using System.Globalization;
using System.Text;
using TeamsCert.Domain.Workflow;
using TeamsCert.Web.Texts;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>Where the application stands, for the applicant: the stage, each step with its state and date, the certificate. No staff names.</summary>
public static class PortalStatusView
{
    public static string Render(CertificationCase @case)
    {
        var stage = StageTexts.For(@case.Stage);
        var html = new StringBuilder("<section id=\"status\"><h2>").Append(Bi("办理进度", "Progress")).Append("</h2>");
        html.Append("<p>").Append(Bi("当前阶段：", "Current stage:")).Append(" <strong>").Append(Bi(stage.ZhCn, stage.En)).Append("</strong></p>");
        if (@case.Facts.Certificate is { } certificate)
        {
            html.Append("<p>").Append(Bi($"证书编号 {certificate.Number}，有效期至 {Iso(certificate.ExpiresOn)}",
                $"Certificate {certificate.Number}, valid until {Iso(certificate.ExpiresOn)}")).Append("</p>");
        }

        html.Append("<table><thead><tr><th>").Append(Bi("事项", "Step")).Append("</th><th>").Append(Bi("状态", "State")).Append("</th></tr></thead><tbody>");
        foreach (var step in @case.Steps.OrderBy(s => s.OpenedOn))
        {
            var title = StepTexts.For(step.Kind).Title;
            html.Append("<tr><td>").Append(Bi(title.ZhCn, title.En)).Append("</td><td>").Append(State(step)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></section>").ToString();
    }

    private static string State(PendingStep step) => step.Status switch
    {
        StepStatus.Completed => Bi($"已完成 {Day(step.CompletedAt)}", $"done {Day(step.CompletedAt)}"),
        StepStatus.Open when step.Paused => Bi("办理中（计时暂停）", "in progress (clock paused)"),
        StepStatus.Open when step.DueOn is { } due => Bi($"办理中，期限 {Iso(due)}", $"in progress, due {Iso(due)}"),
        StepStatus.Open => Bi("办理中", "in progress"),
        _ => Bi("已取消", "cancelled"),
    };

    private static string Day(DateTimeOffset? at) => at is { } value
        ? TimeZoneInfo.ConvertTime(value, TeamsCert.Domain.Calendar.ShanghaiTime.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Empty;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
