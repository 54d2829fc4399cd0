using TeamsCert.Domain.Certificates;

namespace TeamsCert.Web.Tab.Views;

/// <summary>
/// One case in the pipeline view: where it stands, who leads its audit, its certificate's status (when issued), its next
/// due open step (with PRC working days left, negative when overdue) and how many open steps are overdue.
/// </summary>
public sealed record PipelineCase(Guid Id, string Number, string Scheme, string Organization, string Stage, string? LeaderId, DateOnly ReceivedOn)
{
    public CertificateState? CertificateState { get; init; }

    public DateOnly? NextDueOn { get; init; }

    public string? NextDueKind { get; init; }

    public int? NextDueWorkingDays { get; init; }

    public int OverdueSteps { get; init; }
}
