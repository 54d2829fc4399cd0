namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>One input of a step action: the handler's data key, how it is asked, whether the card requires it.</summary>
public sealed record InputSpec(string Key, InputKind Kind, bool Required = false)
{
    /// <summary>Only shown for these schemes (e.g. AS mode inputs); null = every scheme.</summary>
    public IReadOnlyList<string>? Schemes { get; init; }

    /// <summary>The codes of a <see cref="InputKind.FixedChoice"/>.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>For a <see cref="InputKind.Trigger"/>: only the reasons leading to this status (null: every reason, named with its status).</summary>
    public TeamsCert.Domain.Certificates.CertificateState? To { get; init; }

    public bool AppliesTo(string scheme) => Schemes is null || Schemes.Contains(scheme, StringComparer.Ordinal);
}
