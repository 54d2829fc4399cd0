namespace TeamsCert.Infrastructure.Links;

/// <summary>Section <c>Smtp</c>: the mail server that sends applicants their links. Without <see cref="Host"/> nothing is e-mailed.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Sender address, required with <see cref="Host"/>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    /// <summary>Secret: keep it out of appsettings files.</summary>
    public string? Password { get; set; }

    /// <summary>STARTTLS before sending.</summary>
    public bool EnableSsl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
