using System.Text.RegularExpressions;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.Web.Register;

/// <summary>
/// Public words for what the register stores as codes: the reason of a status change (the scheme's label of the
/// transition trigger, never its code, and never the staff's free text), the event that issued or renewed a
/// certificate, and the grade in both languages (the scheme's star level or band names).
/// </summary>
public static partial class RegisterWords
{
    private static readonly LocalizedText _initial = new("初次认证，颁发证书", "Certificate issued on initial certification");
    private static readonly LocalizedText _otherReason = new("认证机构决定", "Decision of the certification body");

    /// <summary>The reason of one status-log line in words; <paramref name="from"/> and <paramref name="to"/> are the line's states.</summary>
    public static LocalizedText Reason(SchemeRuleSet? ruleSet, string reason, CertificateState? from, CertificateState to)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason == "initial-certification")
        {
            return _initial;
        }

        if (Renews().Match(reason) is { Success: true } renews)
        {
            var cycle = renews.Groups["cycle"].Value;
            return new($"第 {cycle} 次再认证，换发证书（原证书 {renews.Groups["number"].Value}）",
                $"Certificate renewed on recertification {cycle} (replaces {renews.Groups["number"].Value})");
        }

        if (Replaced().Match(reason) is { Success: true } replaced)
        {
            return new($"已由证书 {replaced.Groups["number"].Value} 接续（自 {replaced.Groups["date"].Value} 起）",
                $"Replaced by certificate {replaced.Groups["number"].Value} from {replaced.Groups["date"].Value}");
        }

        var code = reason.Split(':', 2)[0].Trim();
        return Trigger(ruleSet, code, from, to) ?? _otherReason;
    }

    /// <summary>The label of the scheme's trigger <paramref name="code"/>, preferring the transition from → to.</summary>
    public static LocalizedText? Trigger(SchemeRuleSet? ruleSet, string code, CertificateState? from, CertificateState to)
    {
        var transitions = ruleSet?.Certificate.Transitions ?? [];
        var exact = transitions.Where(t => t.From == from && t.To == to).SelectMany(t => t.Triggers).FirstOrDefault(t => t.Code == code);
        var any = exact ?? transitions.SelectMany(t => t.Triggers).FirstOrDefault(t => t.Code == code);
        return any?.Label;
    }

    [GeneratedRegex(@"^recertification R(?<cycle>\d+): renews (?<number>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Renews();

    [GeneratedRegex(@"^renewed: replaced by (?<number>\S+) from (?<date>\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Replaced();
}
