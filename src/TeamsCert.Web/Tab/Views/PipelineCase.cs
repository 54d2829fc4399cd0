namespace TeamsCert.Web.Tab.Views;

/// <summary>One case in the pipeline view: where it stands and who leads its audit.</summary>
public sealed record PipelineCase(Guid Id, string Number, string Scheme, string Organization, string Stage, string? LeaderId, DateOnly ReceivedOn);
