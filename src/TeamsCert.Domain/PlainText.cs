using System.Text;

namespace TeamsCert.Domain;

/// <summary>
/// Text that people typed and the case keeps, checked once in the domain for every surface: a NUL or another control
/// character (tab and line breaks only in multi-line fields), a direction override or isolate (U+202A–U+202E,
/// U+2066–U+2069: they make <c>evil‮fdp.txt</c> read as a PDF) or a zero-width character (U+200B–U+200F, U+2060, U+FEFF)
/// is refused naming the field, as is a value over its cap (<see cref="InputLimits"/>), rather than being stored, shown on
/// a card or refused later by the database.
/// </summary>
public static class PlainText
{
    /// <summary>Direction overrides and isolates, and zero-width characters: invisible, yet they change what a text looks like.</summary>
    public static bool IsInvisibleFormat(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2060' or '\uFEFF';

    /// <summary>The refusal's text for <paramref name="value"/> under <paramref name="limit"/>, or null when it is acceptable.</summary>
    public static string? Problem(TextLimit limit, string? value)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (value is null)
        {
            return null;
        }

        if (value.Any(c => char.IsControl(c) && !(limit.Multiline && c is '\t' or '\n' or '\r')))
        {
            return $"“{limit.ZhName}”含有不可见的控制字符{(limit.Multiline ? string.Empty : "或换行")}，请删除后重试 / {limit.Field} contains a control character; remove it and try again";
        }

        if (value.Any(IsInvisibleFormat))
        {
            return $"“{limit.ZhName}”含有不可见的格式字符（文字方向控制或零宽字符），请删除后重试 / {limit.Field} contains an invisible formatting character (a direction override or a zero-width character); remove it and try again";
        }

        if (limit.InUtf8Bytes)
        {
            return Encoding.UTF8.GetByteCount(value) > limit.MaxLength
                ? $"“{limit.ZhName}”过长：最多 {limit.MaxLength} 字节（约 {limit.MaxLength / 3} 个汉字） / {limit.Field} is too long: at most {limit.MaxLength} bytes in UTF-8"
                : null;
        }

        return value.Length > limit.MaxLength ? $"“{limit.ZhName}”最多 {limit.MaxLength} 字 / {limit.Field} allows at most {limit.MaxLength} characters" : null;
    }

    /// <summary>Refuses <paramref name="value"/> with <see cref="InvalidInputException"/> on the limit's field.</summary>
    public static void Ensure(TextLimit limit, string? value)
    {
        if (Problem(limit, value) is { } problem)
        {
            throw new InvalidInputException(limit.Field, problem);
        }
    }

    /// <summary>Checks a field by its name in <see cref="InputLimits"/> (one line unless the table says otherwise).</summary>
    public static void Ensure(string field, string? value) => Ensure(InputLimits.For(field), value);

    /// <summary>Checks every key and value of a step's data (fields <c>data.{key}</c>).</summary>
    public static void Ensure(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var (key, value) in data)
        {
            Ensure(new TextLimit("data", "数据项名称", InputLimits.DataKey), key);
            Ensure(InputLimits.ForData(key), value);
        }
    }
}
