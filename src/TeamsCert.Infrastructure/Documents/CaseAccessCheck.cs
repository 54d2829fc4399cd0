using Microsoft.Extensions.Logging;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Applies <see cref="CaseAccessPolicy"/> (<c>DOC-ACCESS</c>) for the document and link APIs. A refusal is logged, not
/// journaled: nothing was used, so the case's record stays a record of uses.
/// </summary>
public sealed partial class CaseAccessCheck(ILogger<CaseAccessCheck> logger)
{
    /// <param name="use">What was attempted, for the log: list, download, upload, links.</param>
    public void Ensure(CertificationCase @case, Actor actor, string use)
    {
        if (CaseAccessPolicy.MayAccess(@case, actor))
        {
            return;
        }

        Refused(logger, actor.Id, use, @case.Number, CaseAccessPolicy.RuleId);
        throw CaseAccessPolicy.Refusal(@case.Number);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {ActorId} {Use} on case {CaseNumber} ({RuleId})")]
    private static partial void Refused(ILogger logger, string actorId, string use, string caseNumber, string ruleId);
}
