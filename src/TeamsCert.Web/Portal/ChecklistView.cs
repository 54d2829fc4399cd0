using System.Globalization;
using System.Text;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The per-item upload list: each item with the files sent for it (name, version, size, hash) and its own upload form;
/// items without a file are marked missing and counted at the top.
/// </summary>
public static class ChecklistView
{
    public static string Render(PortalState state, IReadOnlyList<PortalItem> items, string zhTitle, string enTitle)
    {
        if (items.Count == 0)
        {
            return string.Empty;
        }

        var byItem = state.Documents.Where(d => d.Item is not null).ToLookup(d => d.Item!, StringComparer.Ordinal);
        var missing = items.Count(i => !byItem.Contains(i.Code));
        var html = new StringBuilder("<section id=\"documents\"><h2>").Append(Bi(zhTitle, enTitle)).Append("</h2>");
        html.Append("<p>").Append(Bi("尚缺", "Still missing:")).Append(" <strong id=\"missing-count\">")
            .Append(missing.ToString(CultureInfo.InvariantCulture)).Append("</strong> / ").Append(items.Count.ToString(CultureInfo.InvariantCulture))
            .Append("</p><p class=\"hint\">").Append(Bi("每项可上传多个文件；同名文件再次上传将保存为新版本。", "Each item takes several files; the same file name again is kept as a new version."))
            .Append("</p>");
        foreach (var item in items)
        {
            var files = byItem[item.Code].OrderBy(d => d.UploadedAt).ToList();
            html.Append("<div class=\"item ").Append(files.Count == 0 ? "missing" : "supplied").Append("\" data-item=\"").Append(Encode(item.Code)).Append("\">");
            html.Append("<div class=\"item-title\"><strong>").Append(Bi(item.Label.ZhCn, item.Label.En)).Append("</strong></div><ul class=\"files\">");
            foreach (var file in files)
            {
                html.Append("<li>").Append(Encode(string.Create(CultureInfo.InvariantCulture,
                    $"{file.FileName} · v{file.Version} · {Size(file.Size)} · SHA-256 {file.Sha256[..12]}…"))).Append("</li>");
            }

            html.Append("</ul><form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(Encode(state.UploadAction(item.Code))).Append("\">");
            html.Append("<input type=\"file\" name=\"file\" aria-label=\"").Append(Encode($"{item.Label.ZhCn} / {item.Label.En}")).Append("\">");
            html.Append("<button type=\"submit\">").Append(Bi("上传", "Upload")).Append("</button>");
            html.Append("<progress hidden value=\"0\" max=\"1\"></progress><p class=\"upload-status\" aria-live=\"polite\"></p></form></div>");
        }

        return html.Append("</section>").ToString();
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");
}
