using System.Globalization;
using System.Text.RegularExpressions;
using TeamsCert.Domain.Organizations;

namespace TeamsCert.Domain.Applications;

/// <summary>
/// A scheme's application form (申请书): its sections and fields, where they come from in the scheme's rules, and the
/// check of a submission that reports every refused field at once.
/// </summary>
public sealed partial record ApplicationFormDefinition(string Scheme, string Source, IReadOnlyList<FormSection> Sections)
{
    public IEnumerable<FormField> Fields => Sections.SelectMany(s => s.Fields);

    public FormField? Field(string code) => Fields.FirstOrDefault(f => f.Code == code);

    /// <summary>
    /// Checks a submission: the trimmed values of the form's fields (empty ones left out) and an error for each field
    /// that is missing, too long or malformed, in form order. Keys that are not fields of the form are errors too.
    /// </summary>
    public (IReadOnlyDictionary<string, string> Values, IReadOnlyList<FormError> Errors) Check(IReadOnlyDictionary<string, string> data, IEnumerable<string>? otherKeys = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<FormError>();
        foreach (var field in Fields)
        {
            var text = data.GetValueOrDefault(field.Code)?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                if (field.Required)
                {
                    errors.Add(new FormError(field.Code, field.Type == FormFieldType.Consent
                        ? $"须确认“{field.Label.ZhCn}” / \"{field.Label.En}\" must be accepted"
                        : $"请填写“{field.Label.ZhCn}” / \"{field.Label.En}\" is required"));
                }

                continue;
            }

            if (Problem(field, text) is { } problem)
            {
                errors.Add(new FormError(field.Code, problem));
                continue;
            }

            values[field.Code] = field.Type == FormFieldType.CreditCode ? UnifiedSocialCreditCode.Normalize(text, field.Code) : text;
        }

        var allowed = new HashSet<string>(Fields.Select(f => f.Code).Concat(otherKeys ?? []), StringComparer.Ordinal);
        errors.AddRange(data.Keys.Where(k => !allowed.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => new FormError(k, $"申请书没有字段“{k}” / the application form has no field \"{k}\"")));
        return (values, errors);
    }

    private static string? Problem(FormField field, string text)
    {
        var (zh, en) = (field.Label.ZhCn, field.Label.En);
        if (text.Length > field.MaxLength)
        {
            return $"“{zh}”最多 {field.MaxLength} 字 / \"{en}\" allows at most {field.MaxLength} characters";
        }

        if (PlainText.Problem(field.Limit, text) is { } unsafeText)
        {
            return unsafeText;
        }

        return field.Type switch
        {
            FormFieldType.WholeNumber when !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < field.Minimum || n > field.Maximum =>
                string.Create(CultureInfo.InvariantCulture,
                    $"“{zh}”应为 {field.Minimum:N0} 至 {field.Maximum:N0} 之间的整数 / \"{en}\" must be a whole number from {field.Minimum:N0} to {field.Maximum:N0}"),
            FormFieldType.Date when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                $"“{zh}”的日期格式应为 yyyy-MM-dd / \"{en}\" must be a date like 2024-05-01",
            FormFieldType.Email when !EmailPattern().IsMatch(text) => $"“{zh}”不是有效的电子邮箱 / \"{en}\" is not an e-mail address",
            FormFieldType.Phone when !PhonePattern().IsMatch(text) => $"“{zh}”不是有效的电话号码 / \"{en}\" is not a telephone number",
            FormFieldType.Consent when !string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) =>
                $"须确认“{zh}” / \"{en}\" must be accepted",
            FormFieldType.CreditCode => CreditCodeProblem(text, field.Code),
            _ => null,
        };
    }

    /// <summary>Whether a text is shaped like an e-mail address (the form's check, shared with invitations).</summary>
    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    private static string? CreditCodeProblem(string text, string code)
    {
        try
        {
            UnifiedSocialCreditCode.Normalize(text, code);
            return null;
        }
        catch (InvalidInputException e)
        {
            return e.Message;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,24}$")]
    private static partial Regex PhonePattern();
}
