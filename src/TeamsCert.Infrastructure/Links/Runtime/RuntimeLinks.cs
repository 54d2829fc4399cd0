using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links.Runtime;

/// <summary>
/// When a message reaches the applicant, every open step a link purpose serves gets a link, if it has no live one yet:
/// created by the system and e-mailed to the case's contact address. A token is stored only as a hash, so a link is
/// created only when it can be sent (contact e-mail, <c>Smtp:Host</c> and <c>App:PublicBaseUrl</c>); otherwise the
/// step is returned as a need and staff are told. A failed mail revokes the link and throws, so the outbox retries with a
/// fresh one; on the last attempt the step becomes a need instead.
/// </summary>
public sealed partial class RuntimeLinks(
    TeamsCertDbContext db, CaseStore store, TimeProvider time, CreateSharedLink create, SendSharedLink mail, RevokeSharedLink revoke, IConfiguration configuration,
    IOptions<OutboxOptions> outbox, ILogger<RuntimeLinks> logger)
{
    public async Task<IReadOnlyList<LinkNeed>> ServeAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        store.Reset();
        if (message.Recipient != StaffRoles.Applicant || await store.LoadAsync(message.CaseId, cancellationToken) is not { } @case)
        {
            return [];
        }

        var email = @case.Facts.Contact?.Email is { } text && MailAddress.TryCreate(text.Trim(), out var address) ? address.Address : null;
        var root = PortalUrls.Configured(configuration);
        var canSend = email is not null && root is not null && mail.IsConfigured;
        var needs = new List<LinkNeed>();
        foreach (var purpose in SharedLinkPurposes.All)
        {
            if (LinkPurposeRules.StepFor(@case, purpose) is not { } step)
            {
                continue;
            }

            var need = new LinkNeed(purpose, step.Id, step.Kind);
            if (!canSend)
            {
                // Nothing is created: a link nobody receives is useless, and its token cannot be shown again.
                needs.AddRange(await SharedLinkStates.StepHasLiveLinkAsync(db, message.CaseId, step.Id, time.GetUtcNow(), cancellationToken) ? [] : [need]);
                continue;
            }

            if (!await SendAsync(message, purpose, root!, email!, cancellationToken))
            {
                needs.Add(need);
            }
        }

        return needs;
    }

    /// <returns>False when the link could not be sent on the outbox's last attempt (staff must step in).</returns>
    private async Task<bool> SendAsync(OutboundDelivery message, string purpose, string root, string email, CancellationToken cancellationToken)
    {
        if (await create.CreateForRuntimeAsync(message.CaseId, purpose, cancellationToken) is not { } created)
        {
            return true;
        }

        try
        {
            await mail.SendAsync(created, PortalUrls.For(created.Token, root), email, Actor.System, cancellationToken);
            return true;
        }
        catch (SmtpException ex)
        {
            MailFailed(logger, ex, created.Link.Id, message.IdempotencyKey, message.Attempt);
            await revoke.RevokeForRuntimeAsync(created.Link.Id, "邮件发送失败 / the e-mail could not be sent", CancellationToken.None);
            if (message.Attempt < outbox.Value.MaxAttempts)
            {
                throw;
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing runtime link {LinkId} for outbound message {IdempotencyKey} (attempt {Attempt}) failed; the link is revoked")]
    private static partial void MailFailed(ILogger logger, Exception exception, Guid linkId, string idempotencyKey, int attempt);
}
