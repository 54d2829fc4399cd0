namespace TeamsCert.Infrastructure.Links;

/// <summary>Sends an applicant their link (SMTP when configured).</summary>
public interface ILinkMailer
{
    /// <summary>False when no mail server is configured: the caller copies the link instead.</summary>
    bool IsConfigured { get; }

    Task SendAsync(LinkMail mail, CancellationToken cancellationToken = default);
}
