namespace TeamsCert.Web.Tab;

/// <summary>How the tab's lists page, and how a case opened from a list leads back to it with its filters and page.</summary>
public static class TabLists
{
    public const int PageSize = 25;

    public static int Page(int? page, int total) => Math.Clamp(page ?? 1, 1, Math.Max(1, (total + PageSize - 1) / PageSize));

    public static IEnumerable<T> PageOf<T>(IEnumerable<T> rows, int page) => rows.Skip((page - 1) * PageSize).Take(PageSize);

    /// <summary>The list's own address (path and query), carried to the case page as <c>from</c>.</summary>
    public static string Here(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = http.Request.Query.Where(q => q.Key is not ("done" or "error"))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}");
        return $"{http.Request.Path}?{string.Join('&', query)}";
    }

    /// <summary>A case page address that remembers the list it was opened from.</summary>
    public static string CaseLink(TabUi ui, HttpContext http, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return ui.Href($"/tab/cases/{caseId}?from={Uri.EscapeDataString(Here(http))}");
    }

    /// <summary>Only a tab address is followed back (never another site).</summary>
    public static string? Back(string? from) =>
        from is { Length: > 0 } && from.StartsWith("/tab", StringComparison.Ordinal) && !from.StartsWith("//", StringComparison.Ordinal) ? from : null;
}
