namespace TeamsCert.Web.Bot.Digest;

/// <summary>Section <c>Bot:Digest</c>: the managers' daily digest per scheme, posted to a Teams channel.</summary>
public sealed class DigestOptions
{
    public const string Section = "Bot:Digest";

    /// <summary>Scheme code → Teams conversation id of the channel (e.g. <c>"TEL": "19:…@thread.tacv2"</c>). Empty: no digest.</summary>
    public Dictionary<string, string> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The connector service URL of the tenant's Teams (e.g. the regional <c>…/teams/</c> URL); required with channels.</summary>
    public string ServiceUrl { get; set; } = "";

    /// <summary>Asia/Shanghai time of day from which the digest is sent, on working days only (default 08:30).</summary>
    public TimeOnly At { get; set; } = new(8, 30);

    /// <summary>How often the sender checks whether a digest is due (default 5 minutes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);
}
