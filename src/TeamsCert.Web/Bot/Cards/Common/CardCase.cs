using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>The case header every case-related card shows.</summary>
public sealed record CardCase(Guid CaseId, string Number, string Organization, string Scheme, CaseStage Stage);
