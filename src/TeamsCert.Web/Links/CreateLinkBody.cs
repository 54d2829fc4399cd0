namespace TeamsCert.Web.Links;

/// <summary><c>POST /api/cases/{id}/links</c>: purpose, validity in days (1..30, default 14), and optionally whom to e-mail it to.</summary>
public sealed record CreateLinkBody(string? Purpose, int? ExpiresInDays, string? SendTo);
