using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>The team picker: candidates for team leader and for auditor, each judged by the scheme's team rules.</summary>
public sealed record TeamPickerModel(IReadOnlyList<AuditorOption> Leaders, IReadOnlyList<AuditorOption> Auditors)
{
    /// <summary>Maps the picker's answers for the team-leader and the auditor role.</summary>
    public static TeamPickerModel From(IEnumerable<AuditorEligibility> leaders, IEnumerable<AuditorEligibility> auditors) =>
        new([.. leaders.Select(AuditorOption.From)], [.. auditors.Select(AuditorOption.From)]);
}
