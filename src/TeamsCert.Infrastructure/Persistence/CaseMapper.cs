using System.Text.Json;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>Copies a case between its stored rows and the domain aggregate.</summary>
internal static class CaseMapper
{
    public static CertificationCase ToDomain(CaseRow row) => CertificationCase.Restore(new CaseSnapshot
    {
        Id = row.Id,
        Number = row.Number,
        Scheme = row.Scheme,
        RuleSetVersion = row.RuleSetVersion,
        Organization = row.Organization,
        OrganizationCode = row.OrganizationCode,
        Personnel = row.Personnel,
        Sites = row.Sites,
        Scope = row.Scope,
        ReceivedOn = row.ReceivedOn,
        CreatedAt = row.CreatedAt,
        Stage = Enum.Parse<CaseStage>(row.Stage),
        Version = row.Version,
        Pauses = JsonSerializer.Deserialize<List<ClockPause>>(row.PausesJson) ?? [],
        MissingMaterials = JsonSerializer.Deserialize<List<string>>(row.MissingMaterialsJson) ?? [],
        Facts = CaseFactsJson.Read(row.FactsJson),
        Steps = [.. row.Steps.OrderBy(s => s.OpenedOn).Select(ToDomain)],
    });

    public static void CopyTo(CertificationCase source, CaseRow row)
    {
        row.Id = source.Id;
        row.Number = source.Number;
        row.Scheme = source.Scheme;
        row.RuleSetVersion = source.RuleSetVersion;
        row.Organization = source.Organization;
        row.OrganizationCode = source.OrganizationCode;
        row.Personnel = source.Personnel;
        row.Sites = source.Sites;
        row.Scope = source.Scope;
        row.ReceivedOn = source.ReceivedOn;
        row.CreatedAt = source.CreatedAt.ToUniversalTime();
        row.Stage = source.Stage.ToString();
        row.PausesJson = JsonSerializer.Serialize(source.Pauses);
        row.MissingMaterialsJson = JsonSerializer.Serialize(source.MissingMaterials);
        row.FactsJson = CaseFactsJson.Write(source.Facts);
        row.CertificateNumber = source.Facts.Certificate?.Number;
        row.CertificateYear = source.Facts.CertificateSequenceYear;
        row.CertificateSequence = source.Facts.Certificate?.Sequence;
        foreach (var step in source.Steps)
        {
            var stored = row.Steps.FirstOrDefault(s => s.Id == step.Id);
            if (stored is null)
            {
                stored = new StepRow { Id = step.Id, CaseId = source.Id };
                row.Steps.Add(stored);
            }

            CopyTo(step, stored);
        }
    }

    private static PendingStep ToDomain(StepRow row) => PendingStep.Restore(
        row.Id, row.Kind, row.Role, row.OpenedOn, row.AssigneeId, row.DueOn, row.DueRuleId, row.DueAnchor, row.DueProvisional, row.Paused,
        Enum.Parse<StepStatus>(row.Status), row.Outcome, row.CompletedBy, row.CompletedAt);

    private static void CopyTo(PendingStep step, StepRow row)
    {
        row.Kind = step.Kind;
        row.Role = step.Role;
        row.AssigneeId = step.AssigneeId;
        row.OpenedOn = step.OpenedOn;
        row.DueOn = step.DueOn;
        row.DueRuleId = step.DueRuleId;
        row.DueAnchor = step.DueAnchor;
        row.DueProvisional = step.DueProvisional;
        row.Paused = step.Paused;
        row.Status = step.Status.ToString();
        row.Outcome = step.Outcome;
        row.CompletedBy = step.CompletedBy;
        row.CompletedAt = step.CompletedAt?.ToUniversalTime();
    }
}
