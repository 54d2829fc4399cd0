using TeamsCert.Domain.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary><c>case &lt;number&gt;</c>: the case at a glance. Every staff member may see every case (the caller checks staff).</summary>
public sealed class CaseLookup(CaseQueries queries, StepSummaries summaries)
{
    public async Task<CaseSummaryModel?> FindAsync(string number, CancellationToken cancellationToken)
    {
        if (await queries.FindByNumberAsync(number, cancellationToken) is not { } found)
        {
            return null;
        }

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
