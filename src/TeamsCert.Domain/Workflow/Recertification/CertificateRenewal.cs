using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Recertification;

/// <summary>
/// The certificate of a granted recertification (§2.8): AS takes the next cycle's suffix on the same base number
/// (R1, R2, …; A-29), other schemes keep the number. Validity runs on from the day after the old expiry when decided
/// before it (continuity), else from today; the expiry comes from the scheme (TEL-D06, AS-D06, A-10) and may not pass
/// the last expiry + 3 years (AS-D06). The old certificate's history records the renewal and it is kept.
/// </summary>
internal static class CertificateRenewal
{
    public static CertificateFacts Renew(StepContext context, RecertificationFacts recertification, IReadOnlyDictionary<string, string> data)
    {
        var facts = context.Case.Facts;
        var old = facts.Certificate!;
        var continuity = facts.Decision!.DecidedOn <= old.ExpiresOn ? old.ExpiresOn.AddDays(1) : context.Today;
        var start = StepData.OptionalDate(data, "validFrom") ?? continuity;
        if (start < continuity)
        {
            throw new InvalidInputException("data.validFrom", $"有效期不能早于 {StepData.Iso(continuity)} 开始 / the validity cannot start before {StepData.Iso(continuity)}");
        }

        var expires = context.RuleSet.CertificateExpiry(start);
        if (context.Case.Scheme == "AS")
        {
            CertificateValidity.EnsureRecertificationExpiry(old.ExpiresOn, expires); // AS-D06
        }

        var number = RenewedNumber(context, old, recertification.Cycle);
        var renewed = new CertificateFacts
        {
            Number = number.Canonical,
            DisplayNumber = number.Display,
            Sequence = old.Sequence,
            IssuedOn = context.Today,
            ValidFrom = start,
            ExpiresOn = expires,
            Grade = facts.Score?.Grade,
            State = CertificateState.Valid,
            HistoryList = [new StatusChangeFacts { On = context.Today, From = null, To = CertificateState.Valid, Reason = $"recertification R{recertification.Cycle}: renews {old.Number}", By = context.Actor.Id }],
        };
        old.HistoryList.Add(new StatusChangeFacts { On = context.Today, From = old.State, To = old.State, Reason = $"renewed: replaced by {renewed.Number} from {StepData.Iso(start)}", By = context.Actor.Id });
        facts.PreviousCertificatesList.Add(old);
        facts.Certificate = renewed;
        context.Record("certificate.renewed", null, context.Case.Scheme == "AS" ? "AS-D06" : null, new Dictionary<string, string>
        {
            ["previous"] = old.Number,
            ["number"] = renewed.Number,
            ["validFrom"] = StepData.Iso(start),
            ["expires"] = StepData.Iso(expires),
            ["cycle"] = recertification.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return renewed;
    }

    // the base number (CB, year, field, sequence) is the stable id; only the cycle suffix moves on.
    private static (string Canonical, string Display) RenewedNumber(StepContext context, CertificateFacts old, int cycle)
    {
        if (context.Case.Scheme != "AS")
        {
            return (old.Number, old.DisplayNumber);
        }

        var numbering = new CertificateNumbering(context.RuleSet.Certificate.Numbering!);
        var parsed = numbering.Parse(old.Number);
        var next = numbering.Format(new CertificateNumberRequest(parsed.Year, parsed.Sequence, parsed.FieldCode, cycle, parsed.Site));
        return (next.Canonical, next.Display);
    }
}
