using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Tab.Actions;

/// <summary>A refusal as the tab shows it: the rule id or the field first, then the domain's message (zh-CN / en).</summary>
public static class TabErrors
{
    public static string Describe(DomainException e)
    {
        // Domain messages are written for users and carry the rule; never an exception's internals.
        var prefix = e switch
        {
            RuleViolationException r => r.RuleId,
            ActorNotAllowedException a => a.RuleId,
            InvalidInputException i => i.Field,
            _ => null,
        };
        return prefix is null || e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message : $"{prefix}: {e.Message}";
    }

    /// <summary>The status a tab page answers a refusal with: 403 who, 400 what was sent, 404 what is missing, else 409.</summary>
    public static int StatusFor(DomainException e) => e switch
    {
        ActorNotAllowedException => StatusCodes.Status403Forbidden,
        InvalidInputException => StatusCodes.Status400BadRequest,
        CaseNotFoundException => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };
}
