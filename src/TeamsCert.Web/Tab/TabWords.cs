using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Tab;

/// <summary>
/// The tab's words for what the data holds as codes or ids: people by name (the applicant as 申请方, the system as
/// 系统), a case's status (the certificate's real status once issued, else the stage), documents' purposes (scores: ScoreWords).
/// Codes go through <see cref="Vocabulary"/>; nothing here shows a code where words exist.
/// </summary>
public static class TabWords
{
    private static readonly Dictionary<string, LocalizedText> _documentPurposes = new(StringComparer.Ordinal)
    {
        ["application-form"] = new("申请书", "Application form"),
        ["required-document"] = new("申请材料", "Application material"),
        ["corrective-action-evidence"] = new("纠正措施证据", "Corrective-action evidence"),
        ["audit-plan"] = new("审核计划", "Audit plan"),
        ["audit-programme"] = new("审核方案", "Audit programme"),
        ["other"] = new("其他文件", "Other document"),
    };

    /// <summary>A person by name: staff from the roster, the applicant and the system in words; the id only when nobody is known by it.</summary>
    public static string Person(TabUi ui, StaffRoster roster, string? id)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(roster);
        if (string.IsNullOrWhiteSpace(id))
        {
            return string.Empty;
        }

        if (id.StartsWith("applicant", StringComparison.Ordinal))
        {
            return ui.T("申请方", "Applicant");
        }

        if (id == Actor.System.Id)
        {
            return ui.T("系统", "System");
        }

        if (id.StartsWith("role:", StringComparison.Ordinal))
        {
            return ui.T(Vocabulary.Role(id[5..]));
        }

        return roster.Find(id)?.Name ?? id;
    }

    /// <summary>
    /// Who owns an open step in words: the assignee by name, else the role that may take it, e.g. "申请评审员（未指派）".
    /// <paramref name="owner"/> is an assignee id or <c>role:{role}</c>.
    /// </summary>
    public static string Owner(TabUi ui, StaffRoster roster, string owner)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (!owner.StartsWith("role:", StringComparison.Ordinal))
        {
            return Person(ui, roster, owner);
        }

        var role = Vocabulary.Role(owner[5..]);
        return ui.T($"{role.ZhCn}（未指派）", $"{role.En} (unassigned)");
    }

    /// <summary>The case's status: once a certificate exists, its status (暂停, 撤销 …); before, the stage.</summary>
    public static string Status(TabUi ui, CaseStage stage, CertificateState? certificate) =>
        certificate is { } state ? ui.T(Vocabulary.Status(state)) : ui.T(Vocabulary.Stage(stage));

    public static string Status(TabUi ui, string stage, CertificateState? certificate) =>
        Enum.TryParse<CaseStage>(stage, out var s) ? Status(ui, s, certificate) : ui.T(Vocabulary.Unknown);

    public static string DocumentPurpose(TabUi ui, string purpose) =>
        ui.T(_documentPurposes.TryGetValue(purpose, out var text) ? text : Vocabulary.Unknown);
}
