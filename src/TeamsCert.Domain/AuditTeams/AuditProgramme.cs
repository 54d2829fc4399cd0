namespace TeamsCert.Domain.AuditTeams;

/// <summary>
/// The parts of a certification programme the team rules look at (TEL-R05, 002 §9.1.3): managed by dedicated staff,
/// with mystery-shopping arrangements for the business sites and the mystery shoppers assigned.
/// </summary>
public sealed record AuditProgramme(string? ManagerId, bool MysteryShoppingArranged, IReadOnlyList<string> MysteryShopperIds);
