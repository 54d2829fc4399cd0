namespace TeamsCert.Web.Bot.Cards.Links;

/// <summary>A link purpose the case's open step can be served by (<c>LinkPurposeRules.StepFor</c>).</summary>
public sealed record LinkOffer(string Purpose, Guid StepId, string StepKind);
