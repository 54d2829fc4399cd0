namespace TeamsCert.IntegrationTests.Access;

/// <summary>A walked case: its id and number, a document on it, and its live applicant link if it has one.</summary>
public sealed record WalkedCase(Guid Id, string Number, Guid DocumentId, Guid? LinkId);
