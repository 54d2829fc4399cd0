using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>What a step asks, shown as the step card's title and description.</summary>
public sealed record StepText(LocalizedText Title, LocalizedText Description);
