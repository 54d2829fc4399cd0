namespace TeamsCert.Domain;

/// <summary>
/// Text that people typed and the case keeps: a NUL or another control character (other than tab and line breaks) is
/// refused naming the field, rather than being stored, shown on a card or refused later by the database.
/// </summary>
public static class PlainText
{
    public static void Ensure(string field, string? value)
    {
        if (value is not null && value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            throw new InvalidInputException(field, "含有不可见的控制字符，请删除后重试 / contains a control character; remove it and try again");
        }
    }

    /// <summary>Checks every key and value of a step's data (fields <c>data.{key}</c>).</summary>
    public static void Ensure(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var (key, value) in data)
        {
            Ensure("data", key);
            Ensure($"data.{key}", value);
        }
    }
}
