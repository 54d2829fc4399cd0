namespace TeamsCert.Domain.AuditTeams;

/// <summary>The certification body's people with their qualifications and declared interests (Graph/HR behind it in production).</summary>
public interface IStaffDirectory
{
    Person? Find(string personId);

    /// <summary>Everyone in the directory (the bot looks people up by Entra id and finds who holds a role).</summary>
    IReadOnlyList<Person> People { get; }

    /// <summary>Conflicts of interest declared by anyone with the organisation (LS-R03, AS-R04).</summary>
    IReadOnlyList<ConflictOfInterest> ConflictsWith(string organisationId);
}
