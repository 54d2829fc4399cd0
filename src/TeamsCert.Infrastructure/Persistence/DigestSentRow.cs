namespace TeamsCert.Infrastructure.Persistence;

/// <summary>The last Shanghai day the daily digest of a scheme was sent, so a restart the same day does not send it again.</summary>
public sealed class DigestSentRow
{
    public string Scheme { get; set; } = "";

    public DateOnly SentOn { get; set; }
}
