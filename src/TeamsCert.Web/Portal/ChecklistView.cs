using System.Globalization;
using System.Text;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The per-item upload list: each item with the files that count for it (name, size; no hashes, no internal codes), a
/// button to remove each one, and its own upload form; items without a file are marked missing and counted at the top.
/// </summary>
public static class ChecklistView
{
    public static string Render(PortalState state, IReadOnlyList<PortalItem> items, string title)
    {
        if (items.Count == 0)
        {
            return string.Empty;
        }

        var lang = state.Chrome.Lang;
        var byItem = state.Documents.Where(d => d.Item is not null).ToLookup(d => d.Item!, StringComparer.Ordinal);
        var missing = items.Count(i => !byItem.Contains(i.Code));
        var html = new StringBuilder("<section id=\"documents\"><h2>").Append(Encode(title)).Append("</h2>");
        html.Append("<p>").Append(Encode(state.T("尚缺：", "Still missing: "))).Append("<strong id=\"missing-count\">")
            .Append(missing.ToString(CultureInfo.InvariantCulture)).Append("</strong> / ").Append(items.Count.ToString(CultureInfo.InvariantCulture))
            .Append("</p><p class=\"hint\">").Append(Encode(state.T(
                "每项可上传多个文件。传错了可以移除；上传同名文件即以新版本替换旧文件。已移除或被替换的文件不随申请提交。",
                "Each item takes several files. A wrong file can be removed; uploading a file with the same name replaces it with a new version. Removed or replaced files are not submitted.")))
            .Append("</p>");
        foreach (var item in items)
        {
            var files = byItem[item.Code].OrderBy(d => d.UploadedAt).ToList();
            var label = lang.T(item.Label);
            html.Append("<div class=\"item ").Append(files.Count == 0 ? "missing" : "supplied").Append("\" data-item=\"").Append(Encode(item.Code)).Append("\">");
            html.Append("<div class=\"item-title\"><strong>").Append(Encode(label)).Append("</strong>")
                .Append(files.Count == 0 ? $" <span class=\"missing-mark\">· {Encode(state.T("尚缺", "missing"))}</span>" : string.Empty)
                .Append("</div><ul class=\"files\">");
            foreach (var file in files)
            {
                html.Append("<li>").Append(Encode($"{file.FileName} · {Size(file.Size)}"))
                    .Append("<button type=\"submit\" class=\"small secondary\" form=\"").Append(PortalFormView.FormId).Append("\" formaction=\"")
                    .Append(Encode(state.WithdrawAction(file.Id))).Append("\" formnovalidate aria-label=\"").Append(Encode(state.T($"移除 {file.FileName}", $"Remove {file.FileName}")))
                    .Append("\">").Append(Encode(state.T("移除", "Remove"))).Append("</button></li>");
            }

            html.Append("</ul><form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(Encode(state.UploadAction(item.Code))).Append("\">");
            html.Append("<input type=\"file\" name=\"file\" aria-label=\"").Append(Encode(label)).Append("\">");
            html.Append("<button type=\"submit\">").Append(Encode(state.T("上传", "Upload"))).Append("</button>");
            html.Append("<progress hidden value=\"0\" max=\"1\"></progress><p class=\"upload-status\" aria-live=\"polite\"></p></form></div>");
        }

        return html.Append("</section>").ToString();
    }

    /// <summary>A file size as people read it (KB under a megabyte, else MB with one decimal).</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");
}
