using TeamsCert.Domain.Certificates;

namespace TeamsCert.UnitTests.Certificates;

// Theory data generated from each scheme's transition JSON, so every listed and unlisted move is covered.
public static class TransitionCases
{
    public static TheoryData<string, CertificateState, CertificateState, string> Allowed()
    {
        var data = new TheoryData<string, CertificateState, CertificateState, string>();
        foreach (var scheme in CertificateSchemes.Codes)
        {
            foreach (var rule in CertificateSchemes.Rules(scheme).Transitions)
            {
                foreach (var trigger in rule.Triggers)
                {
                    data.Add(scheme, rule.From!.Value, rule.To!.Value, trigger.Code);
                }
            }
        }

        return data;
    }

    // Listed transitions, to be tried with a trigger the scheme does not list for them.
    public static TheoryData<string, CertificateState, CertificateState> Listed()
    {
        var data = new TheoryData<string, CertificateState, CertificateState>();
        foreach (var scheme in CertificateSchemes.Codes)
        {
            foreach (var rule in CertificateSchemes.Rules(scheme).Transitions)
            {
                data.Add(scheme, rule.From!.Value, rule.To!.Value);
            }
        }

        return data;
    }

    public static TheoryData<string, CertificateState, CertificateState> ForbiddenByInvariant() => Unlisted(invariant: true);

    public static TheoryData<string, CertificateState, CertificateState> ForbiddenByScheme() => Unlisted(invariant: false);

    public static bool BreaksInvariant(CertificateState from, CertificateState to) =>
        from == to || from is CertificateState.Revoked or CertificateState.Cancelled
        || (from == CertificateState.Expired && to != CertificateState.Cancelled);

    private static TheoryData<string, CertificateState, CertificateState> Unlisted(bool invariant)
    {
        var data = new TheoryData<string, CertificateState, CertificateState>();
        foreach (var scheme in CertificateSchemes.Codes)
        {
            var listed = CertificateSchemes.Rules(scheme).Transitions.Select(r => (r.From!.Value, r.To!.Value)).ToHashSet();
            foreach (var from in Enum.GetValues<CertificateState>())
            {
                foreach (var to in Enum.GetValues<CertificateState>())
                {
                    if (!listed.Contains((from, to)) && BreaksInvariant(from, to) == invariant)
                    {
                        data.Add(scheme, from, to);
                    }
                }
            }
        }

        return data;
    }
}
