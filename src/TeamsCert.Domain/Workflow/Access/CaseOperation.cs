namespace TeamsCert.Domain.Workflow.Access;

/// <summary>What someone asks to do with a case, on any surface (API, tab, bot); <see cref="CaseAccessTable"/> says who may.</summary>
public enum CaseOperation
{
    /// <summary>See the case: its facts, team, steps and due dates (and find it in a list).</summary>
    ViewCase,

    /// <summary>Act on, reassign or remind about one of its steps (the runtime then checks the step's own role).</summary>
    ActOnStep,

    /// <summary>Read its journal and verify the journal's chain.</summary>
    ReadJournal,

    /// <summary>List and open its documents.</summary>
    ReadDocuments,

    /// <summary>Upload a document to it as staff.</summary>
    UploadDocuments,

    /// <summary>List its applicant links (never their tokens).</summary>
    ListLinks,

    /// <summary>Create and revoke its applicant links.</summary>
    ManageLinks,

    /// <summary>Open a case: receive an application, or invite an organisation to apply.</summary>
    OpenCase,
}
