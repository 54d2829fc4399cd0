using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>
/// <c>case &lt;number&gt;</c>: the case at a glance, for someone <see cref="CaseAccessGate"/> lets see it (ViewCase);
/// otherwise the gate's refusal. Applicants are refused before the number is looked up.
/// </summary>
public sealed class CaseLookup(CaseQueries queries, StepSummaries summaries, CaseAccessGate access)
{
    public async Task<CaseSummaryModel?> FindAsync(string number, Actor viewer, CancellationToken cancellationToken)
    {
        access.Ensure(viewer, CaseOperation.ViewCase, "bot.case");
        if (await queries.FindByNumberAsync(number, cancellationToken) is not { } found)
        {
            return null;
        }

        access.Ensure(found, viewer, CaseOperation.ViewCase, "bot.case");

        var header = new CardCase(found.Id, found.Number, found.Organization, found.Scheme, found.Stage);
        var open = found.Steps.Where(s => s.Status == StepStatus.Open)
            .Select(s => new StepSummary(header, s.Id, s.Kind, s.Paused ? null : s.DueOn, s.DueRuleId) { Assignee = summaries.WhoActs(s.AssigneeId, s.Role) });
        var certificate = found.Facts.Certificate;
        return new CaseSummaryModel(header, found.Scope, found.ReceivedOn, [.. open])
        {
            CertificateNumber = certificate?.DisplayNumber,
            CertificateState = certificate?.State.ToString(),
            CertificateExpiresOn = certificate?.ExpiresOn,
            LinkOffers = Links.LinkOffers.For(found),
            ContactEmail = found.Facts.Contact?.Email,
        };
    }
}
