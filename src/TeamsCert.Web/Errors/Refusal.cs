namespace TeamsCert.Web.Errors;

/// <summary>
/// A refusal as every surface shows it (<see cref="RefusalMap"/>): the HTTP status, a stable id (the rule id, else one of
/// ours such as <c>INPUT</c> or <c>CONFLICT</c>), a short title and the message, both zh-CN / en, and what the caller
/// can act on: the field at fault, who decided first and when, which step must come first.
/// </summary>
public sealed record Refusal(int Status, string Id, string Title, string Message)
{
    /// <summary>The input at fault (<c>organization</c>, <c>data.reason</c>, <c>idempotencyKey</c>), when one is.</summary>
    public string? Field { get; init; }

    /// <summary>The scheme's rule (or our stable rule id) that refused, when one did.</summary>
    public string? RuleId { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The step kind that must be completed first (409 "not ready").</summary>
    public string? WaitingFor { get; init; }

    /// <summary>The title in one language (pages and cards show one language).</summary>
    public string TitleIn(TeamsCert.Web.Texts.UiLanguage language) => language.Pick(Title);

    /// <summary>
    /// What a person reads: the message in their language, led by the rule id when a rule refused ("TEL-D03：…"); never
    /// the field's code, a stack or a type name (the field is for placing the message beside its input).
    /// </summary>
    public string TextIn(TeamsCert.Web.Texts.UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var message = language.Pick(Message);
        return RuleId is { } rule && !message.StartsWith(rule, StringComparison.Ordinal)
            ? $"{rule}{(language.IsChinese ? "：" : ": ")}{message}"
            : message;
    }

    /// <summary>The message led by the rule id or the field, both languages (API clients and logs); pages and cards use <see cref="TextIn"/>.</summary>
    public string Text => (RuleId ?? Field) is { } lead && !Message.StartsWith(lead, StringComparison.Ordinal) ? $"{lead}: {Message}" : Message;
}
