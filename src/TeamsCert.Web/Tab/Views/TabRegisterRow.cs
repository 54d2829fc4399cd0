namespace TeamsCert.Web.Tab.Views;

/// <summary>A certificate as the managers see it: the public register row (the grade in both languages) plus the next surveillance due date.</summary>
public sealed record TabRegisterRow(
    Guid CaseId, string Number, string DisplayNumber, string Organization, string Scheme, string Scope, TeamsCert.Domain.LocalizedText? Grade,
    DateOnly IssuedOn, DateOnly ExpiresOn, string Status, string StatusZh, string StatusEn, DateOnly? SurveillanceDue, string? SurveillanceRuleId);
