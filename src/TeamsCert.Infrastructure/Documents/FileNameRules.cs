using System.Text.RegularExpressions;
using TeamsCert.Domain;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Refuses a file name that could leave its folder, that a store cannot hold or that disguises itself: over
/// <see cref="InputLimits.FileNameBytes"/> UTF-8 bytes, control characters, direction overrides and zero-width characters
/// (the domain's <see cref="PlainText"/> check), path separators, <c>..</c>, characters Windows and SharePoint forbid,
/// reserved device names, leading or trailing dots and spaces. A long name is refused rather than shortened: it is part
/// of the storage key in every store, and the applicant can rename the file, while a silently different name would not
/// be the one they look for.
/// </summary>
public static partial class FileNameRules
{
    private const string Field = "fileName";

    /// <summary>The name, trimmed of nothing: returned as given when safe; otherwise <see cref="InvalidInputException"/> on <c>fileName</c>.</summary>
    public static string EnsureSafe(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            throw Refuse("请提供文件名 / the file name is required");
        }

        PlainText.Ensure(InputLimits.FileName, fileName);

        if (fileName.Contains("..", StringComparison.Ordinal) || fileName.IndexOfAny(['/', '\\']) >= 0)
        {
            throw Refuse("文件名不能包含路径（/、\\ 或 ..） / the file name must not contain a path (/, \\ or ..)");
        }

        if (fileName.Any(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            throw Refuse("文件名含有不允许的字符（控制字符或 : * ? \" < > |） / the file name contains a character that is not allowed (control characters or : * ? \" < > |)");
        }

        if (fileName[0] is ' ' or '.' || fileName[^1] is ' ' or '.')
        {
            throw Refuse("文件名不能以点或空格开头或结尾 / the file name must not start or end with a dot or a space");
        }

        if (ReservedName().IsMatch(fileName))
        {
            throw Refuse("文件名是保留的设备名（如 CON、NUL、COM1） / the file name is a reserved device name (such as CON, NUL, COM1)");
        }

        if (!ContentSniffer.IsAllowed(fileName))
        {
            var allowed = string.Join(", ", ContentSniffer.AllowedExtensions.Order(StringComparer.Ordinal));
            throw Refuse($"不接受此类文件，允许的扩展名：{allowed} / this kind of file is not accepted; allowed extensions: {allowed}");
        }

        return fileName;
    }

    private static InvalidInputException Refuse(string message) => new(Field, message);

    [GeneratedRegex(@"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReservedName();
}
