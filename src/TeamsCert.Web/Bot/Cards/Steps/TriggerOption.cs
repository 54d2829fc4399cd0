using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// One reason the scheme gives for changing the certificate's status from where it stands now (rules reference §2.9):
/// offered as a choice instead of a typed trigger code.
/// </summary>
public sealed record TriggerOption(string Code, LocalizedText Label, string Source, CertificateState To)
{
    /// <summary>The scheme's triggers leaving <paramref name="from"/>; none when the case holds no certificate.</summary>
    public static IReadOnlyList<TriggerOption> Leaving(CertificateRules rules, CertificateState? from)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return from is not { } state ? [] :
            [.. rules.Transitions.Where(t => t.From == state && t.To is not null)
                .SelectMany(t => t.Triggers.Select(trigger => new TriggerOption(trigger.Code, trigger.Label, trigger.Source, t.To!.Value)))];
    }
}
