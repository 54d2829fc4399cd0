using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.Infrastructure.Links.Runtime;

/// <summary>
/// Wraps the configured sender: a message to the applicant first gets the applicant their links (<see cref="RuntimeLinks"/>),
/// then staff are told of any step no link could be sent for (<see cref="LinkNotices"/>), then the message itself goes
/// on; a portal submission's receipt is e-mailed to the applicant first (<see cref="ReceiptMailer"/>). Everything here is
/// safe to repeat: the outbox may deliver the same message again.
/// </summary>
public sealed class ApplicantLinkOutboundSender(IOutboundSender inner, RuntimeLinks links, ReceiptMailer? receipts = null) : IOutboundSender
{
    /// <summary>The wrapped sender (the Teams or the logging one).</summary>
    public IOutboundSender Inner => inner;

    public async Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Recipient == StaffRoles.Applicant)
        {
            var needs = await links.ServeAsync(message, cancellationToken);
            foreach (var notice in LinkNotices.For(message, needs))
            {
                await inner.SendAsync(notice, cancellationToken);
            }
        }

        if (receipts?.CanSend(message) == true)
        {
            await receipts.SendAsync(message, cancellationToken);
        }

        await inner.SendAsync(message, cancellationToken);
    }
}
