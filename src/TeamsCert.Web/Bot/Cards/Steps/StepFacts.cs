using TeamsCert.Domain;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// What the decider of a step needs to see beside the inputs: the submitted application and its materials, the
/// previous findings and score, the submitted corrective actions. Each part is null or empty when it does not apply.
/// </summary>
public sealed record StepFacts
{
    public static readonly StepFacts None = new();

    /// <summary>The application as submitted on the portal, grouped by the form's sections; null when no form was submitted.</summary>
    public ApplicationView? Application { get; init; }

    /// <summary>The scheme's materials checklist: each material in words, present or missing, with its uploaded files.</summary>
    public IReadOnlyList<MaterialItem> Materials { get; init; } = [];

    /// <summary>Findings recorded by the audits so far (grade, clause, evidence).</summary>
    public IReadOnlyList<FindingItem> Findings { get; init; } = [];

    /// <summary>The score of the audit, in words (e.g. "86.5 分（通过）"), when one was recorded.</summary>
    public LocalizedText? Score { get; init; }

    /// <summary>The corrective actions the applicant submitted, newest last.</summary>
    public IReadOnlyList<string> CorrectiveActions { get; init; } = [];

    public bool IsEmpty => Application is null && Materials.Count == 0 && Findings.Count == 0 && Score is null && CorrectiveActions.Count == 0;
}

/// <summary>The submitted application: when, and every value with its label, by section.</summary>
public sealed record ApplicationView(DateOnly SubmittedOn, IReadOnlyList<FormPart> Parts);

/// <summary>A section of the application form with the values the applicant gave.</summary>
public sealed record FormPart(LocalizedText Title, IReadOnlyList<FormValue> Values);

/// <summary>One submitted value with its label from the scheme's form definition.</summary>
public sealed record FormValue(string Code, LocalizedText Label, string Value);

/// <summary>A material of the scheme's checklist; <see cref="Present"/> when it was submitted (a document or the form itself).</summary>
public sealed record MaterialItem(string Code, LocalizedText Label, bool Present, IReadOnlyList<FileLink> Files)
{
    /// <summary>Ticked on the deficiency checklist: missing from the submission.</summary>
    public bool Missing => !Present;
}

/// <summary>An uploaded file and the staff download address.</summary>
public sealed record FileLink(string Name, Uri Url);

/// <summary>An audit finding as the decider reads it.</summary>
public sealed record FindingItem(string AuditKind, FindingGrade Grade, string Clause, string Evidence);

/// <summary>
/// The input a refusal is about, with the words to show under it (one language) and the values that were typed, so the
/// same form comes back filled in. <see cref="Key"/> is the handler's data key (<c>reason</c>), or null for a rule refusal
/// that is about the action as a whole.
/// </summary>
public sealed record InputProblem(string Action, string? Key, string Message)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
