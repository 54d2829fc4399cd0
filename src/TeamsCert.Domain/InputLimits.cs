namespace TeamsCert.Domain;

/// <summary>
/// The one table of how much people may type: the length cap of every text field (in characters; file names in UTF-8
/// bytes) and the realistic range of every number. Every surface (API, portal, tab, bot) reaches these through the
/// domain's checks (<see cref="PlainText"/>, the application form, the case and step requests), so a refusal is a 400
/// naming the field wherever it was typed.
/// </summary>
public static class InputLimits
{
    /// <summary>A one-line field not in the table.</summary>
    public const int OneLine = 200;

    /// <summary>A multi-line field of a form not in the table.</summary>
    public const int MultiLine = 4000;

    /// <summary>A step's data value not in the table (some are JSON: a team, a score sheet, findings).</summary>
    public const int DataValue = 32_000;

    /// <summary>A step's data key.</summary>
    public const int DataKey = 64;

    /// <summary>A file name, in UTF-8 bytes: the name is part of the storage key (<c>{case}/{id}-{name}</c>), and file systems hold 255 bytes.</summary>
    public const int FileNameBytes = 200;

    public static TextLimit Organization { get; } = new("organization", "申请组织名称", 200);

    public static TextLimit Scope { get; } = new("scope", "认证范围", 2000, Multiline: true);

    public static TextLimit Reason { get; } = new("reason", "原因", 1000, Multiline: true);

    public static TextLimit Comment { get; } = new("comment", "备注", 2000, Multiline: true);

    public static TextLimit FileName { get; } = new("fileName", "文件名", FileNameBytes) { InUtf8Bytes = true };

    public static TextLimit RegisterQuery { get; } = new("q", "查询条件", 100);

    public static NumberRange Personnel { get; } = new("personnel", "有效人数", 1, 1_000_000);

    public static NumberRange Sites { get; } = new("sites", "场所数", 1, 10_000);

    /// <summary>Any other whole number of a form (a count, a year's figure).</summary>
    public static NumberRange FormNumber { get; } = new("number", "数值", 0, 1_000_000_000);

    /// <summary>Complaints counted over a certification cycle (004 §5.8.2.2).</summary>
    public static NumberRange Complaints { get; } = new("data.complaints", "投诉数量", 0, 100_000);

    /// <summary>Person-days set by hand under A-15.</summary>
    public static NumberRange ManualPersonDays { get; } = new("data.manualPersonDays", "人日数", 1, 1000);

    private static readonly Dictionary<string, TextLimit> _text = new TextLimit[]
    {
        Organization,
        new("organizationCode", "统一社会信用代码", 40),
        new("address", "申请组织地址", 200),
        new("legalRepresentative", "法定代表人", 100),
        new("contactName", "联系人", 100),
        new("contactPhone", "联系电话", 30),
        new("contactEmail", "电子邮箱", 254),
        new("sendTo", "收件邮箱", 254),
        new("assignee", "处理人", 254),
        Scope,
        Reason,
        new("reasons", "理由", 2000, Multiline: true),
        Comment,
        FileName,
        RegisterQuery,
    }.ToDictionary(l => l.Field, StringComparer.Ordinal);

    /// <summary>Every text field of the table.</summary>
    public static IReadOnlyCollection<TextLimit> TextFields => _text.Values;

    /// <summary>The field's row of the table, else the default for a one-line or multi-line field.</summary>
    public static TextLimit For(string field, bool multiline = false) =>
        _text.TryGetValue(field, out var limit) ? limit : new TextLimit(field, field, multiline ? MultiLine : OneLine, multiline);

    /// <summary>A step's data value: the table's row for its key (as <c>data.{key}</c>), else <see cref="DataValue"/>, line breaks allowed.</summary>
    public static TextLimit ForData(string key) => _text.TryGetValue(key, out var limit)
        ? limit with { Field = $"data.{key}", Multiline = true }
        : new TextLimit($"data.{key}", key, DataValue, Multiline: true);
}
