using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

// Per-site time on top of the table: TEL mystery shopping (TEL-D04, A-17) and AS service-characteristic evaluation (A-19).
internal sealed class SiteAdditions(PersonnelTableAuditTime rules, AuditTimePolicies policies, int sites)
{
    public decimal? MysteryShopping(List<JustificationStep> steps)
    {
        if (rules.MysteryShopping is not { } rule)
        {
            return null;
        }

        var days = rule.DaysPerSite * sites;
        var perSite = AuditTimeText.Days(rule.DaysPerSite);
        steps.Add(new JustificationStep(
            JustificationStepCodes.MysteryShopping,
            AuditTimeText.Source(rule.RuleId, rule.Source),
            new LocalizedText(
                $"暗访：每个经营场所不少于 {perSite} 人日 × {DecimalText.Format(sites)} 个经营场所 = {AuditTimeText.Days(days)} 人日（在现场审查之前、不预先通知）",
                $"Mystery shopping: at least {AuditTimeText.PersonDaysEn(rule.DaysPerSite)} per business site × {DecimalText.Format(sites)} sites = {AuditTimeText.Days(days)} (before the on-site review, unannounced)"),
            days));
        return days;
    }

    public decimal? ServiceCharacteristic(List<JustificationStep> steps)
    {
        if (rules.ServiceCharacteristic is not { } rule)
        {
            return null;
        }

        var first = AuditTimeText.Days(rule.FirstSiteDays);
        var each = AuditTimeText.Days(rule.AdditionalSiteDays);
        var n = DecimalText.Format(sites);
        decimal days;
        LocalizedText text;
        if (policies.ServiceSites == ServiceSiteTimeReading.LiteralPerSite)
        {
            days = Math.Max(rule.FirstSiteDays, rule.AdditionalSiteDays * sites);
            text = new LocalizedText(
                $"服务特性测评（逐字解读：每个服务场所 {each} 人日，不少于 {first} 人日）：max({first}, {each} × {n}) = {AuditTimeText.Days(days)} 人日",
                $"Service-characteristic evaluation (literal reading: {each} per site, at least {first}): max({first}, {each} × {n}) = {AuditTimeText.PersonDaysEn(days)}");
        }
        else
        {
            days = rule.FirstSiteDays + (rule.AdditionalSiteDays * (sites - 1));
            text = new LocalizedText(
                $"服务特性测评：首个服务场所 {first} 人日 + 每个增加的服务场所 {each} 人日 × ({n} − 1) = {AuditTimeText.Days(days)} 人日",
                $"Service-characteristic evaluation: {first} for the first site + {each} per additional site × ({n} − 1) = {AuditTimeText.PersonDaysEn(days)}");
        }

        steps.Add(new JustificationStep(
            JustificationStepCodes.ServiceCharacteristic,
            AuditTimeText.Source(rule.RuleId, rule.Source),
            text,
            days));
        return days;
    }

    public decimal Total(decimal personDays, decimal? mystery, decimal? service, List<JustificationStep> steps)
    {
        var total = personDays;
        // AS calls the table time the management-requirements audit (004 §5.1.4.2(8)a).
        var managementAudit = rules.ServiceCharacteristic is not null;
        var partsZh = new List<string> { $"{(managementAudit ? "管理要求审核" : "审核时间")} {AuditTimeText.Days(personDays)}" };
        var partsEn = new List<string> { $"{(managementAudit ? "management audit" : "audit time")} {AuditTimeText.Days(personDays)}" };
        var notesZh = new List<string>();
        var notesEn = new List<string>();
        var source = rules.TableSource;
        if (mystery is { } m)
        {
            source = "A-17";
            if (policies.MysteryShopping == MysteryShoppingPlacement.OnTopOfTableTime)
            {
                total += m;
                partsZh.Add($"暗访 {AuditTimeText.Days(m)}");
                partsEn.Add($"mystery shopping {AuditTimeText.Days(m)}");
                notesZh.Add("A-17：暗访人日在审核时间之外另计");
                notesEn.Add("A-17: mystery shopping is added on top of the table time");
            }
            else
            {
                total = Math.Max(total, m);
                notesZh.Add($"A-17：暗访 {AuditTimeText.Days(m)} 人日计入审核时间之内");
                notesEn.Add($"A-17: the {AuditTimeText.Days(m)} mystery-shopping person-days are counted within the table time");
            }
        }

        if (service is { } s)
        {
            source = rules.ServiceCharacteristic!.Source ?? rules.ServiceCharacteristic.RuleId;
            total += s;
            partsZh.Add($"服务特性测评 {AuditTimeText.Days(s)}");
            partsEn.Add($"service-characteristic evaluation {AuditTimeText.Days(s)}");
            notesZh.Add("评价时间包括管理要求审核时间和服务特性测评时间");
            notesEn.Add("evaluation time comprises management-audit and service-characteristic time");
        }

        var noteZh = notesZh.Count > 0 ? $"（{string.Join("；", notesZh)}）" : string.Empty;
        var noteEn = notesEn.Count > 0 ? $" ({string.Join("; ", notesEn)})" : string.Empty;
        steps.Add(new JustificationStep(
            JustificationStepCodes.Total,
            source,
            new LocalizedText(
                $"合计：{string.Join(" + ", partsZh)} = {AuditTimeText.Days(total)} 人日{noteZh}",
                $"Total: {string.Join(" + ", partsEn)} = {AuditTimeText.PersonDaysEn(total)}{noteEn}"),
            total));
        return total;
    }
}
