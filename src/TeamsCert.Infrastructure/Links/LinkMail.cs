namespace TeamsCert.Infrastructure.Links;

/// <summary>One link to e-mail to an applicant.</summary>
public sealed record LinkMail(string To, string CaseNumber, string Organization, string Purpose, Uri Url, DateTimeOffset ExpiresAt);
