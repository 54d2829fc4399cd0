using TeamsCert.Domain;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>Why a person cannot take a team role: the rule id and its message.</summary>
public sealed record ExclusionReason(string RuleId, LocalizedText Message);
