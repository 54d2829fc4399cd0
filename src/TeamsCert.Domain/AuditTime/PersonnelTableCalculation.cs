using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

// One calculation run for a personnel-table scheme (TEL, AS); collects the justification as it goes.
internal sealed class PersonnelTableCalculation(PersonnelTableAuditTime rules, AuditTimePolicies policies, AuditTimeRequest request)
{
    private readonly List<JustificationStep> _steps = [];

    public AuditTimeResult Run()
    {
        _steps.Add(AuditTimeText.Input(request));
        var band = rules.FindBand(request.EffectivePersonnel) ?? throw OutsideTable();
        AddTableRow(band);
        var personDays = request.Kind == AuditKind.Initial ? band.InitialDays : FollowUp(band.InitialDays);
        var onSite = OnSiteMinimum(personDays);
        var additions = new SiteAdditions(rules, policies, request.Sites);
        var mystery = additions.MysteryShopping(_steps);
        var service = additions.ServiceCharacteristic(_steps);
        var total = additions.Total(personDays, mystery, service, _steps);
        return new AuditTimeResult
        {
            Kind = request.Kind,
            PersonDays = personDays,
            MysteryShoppingPersonDays = mystery,
            ServiceCharacteristicPersonDays = service,
            TotalPersonDays = total,
            MinimumOnSitePersonDays = onSite,
            Justification = _steps,
        };
    }

    // no extrapolation beyond the table; a person must decide and justify the figure.
    private RuleViolationException OutsideTable()
    {
        var first = rules.Bands[0].MinPersonnel;
        var last = rules.Bands[^1].MaxPersonnel;
        var personnel = DecimalText.Format(request.EffectivePersonnel);
        var range = $"{DecimalText.Format(first)}–{DecimalText.Format(last)}";
        var message = Bilingual.Message(
            $"有效人数 {personnel} 超出审核时间表（{rules.TableSource}）的范围 {range}，不能自动计算审核时间：须由方案管理人员记录人工确定的人日数及其理由（A-15）。",
            $"Effective personnel {personnel} is outside the audit-time table ({rules.TableSource}, {range}); the audit time cannot be calculated: record a manually determined figure with its justification (A-15).");
        return new RuleViolationException("A-15", message, "personnel");
    }

    private void AddTableRow(PersonnelBand band)
    {
        var row = $"{DecimalText.Format(band.MinPersonnel)}–{DecimalText.Format(band.MaxPersonnel)}";
        var days = AuditTimeText.Days(band.InitialDays);
        _steps.Add(new JustificationStep(
            JustificationStepCodes.TableRow,
            rules.TableSource,
            new LocalizedText(
                $"有效人数 {DecimalText.Format(request.EffectivePersonnel)} 对应审核时间表 {row} 人档：初次审核时间（1阶段+2阶段）{days} 人日",
                $"Effective personnel {DecimalText.Format(request.EffectivePersonnel)} falls in the {row} band of the table: initial audit time (stage 1 + stage 2) {AuditTimeText.PersonDaysEn(band.InitialDays)}"),
            band.InitialDays));
    }

    private decimal FollowUp(decimal initial)
    {
        var rule = request.Kind == AuditKind.Surveillance ? rules.Surveillance : rules.Recertification;
        var source = rule.Source ?? rules.TableSource;
        var kindZh = AuditTimeText.KindZh(request.Kind);
        var kindEn = AuditTimeText.KindEn(request.Kind);
        var share = $"{DecimalText.Format(rule.Numerator)}/{DecimalText.Format(rule.Denominator)}";
        var exact = initial * rule.Numerator / rule.Denominator;
        _steps.Add(new JustificationStep(
            JustificationStepCodes.Fraction,
            source,
            new LocalizedText(
                $"{kindZh}时间不少于初次审核时间的 {share}：{AuditTimeText.Days(initial)} × {share} = {AuditTimeText.Days(exact)} 人日",
                $"The {kindEn} takes at least {share} of the initial audit time: {AuditTimeText.Days(initial)} × {share} = {AuditTimeText.PersonDaysEn(exact)}"),
            exact));

        var floored = Math.Max(exact, rule.MinimumDays);
        _steps.Add(FloorStep(rule, source, exact, floored));

        var rounded = HalfDay.Apply(floored, policies.Rounding);
        _steps.Add(RoundingStep(floored, rounded));
        if (rounded < exact)
        {
            _steps.Add(new JustificationStep(
                JustificationStepCodes.RoundedBelowFraction,
                "A-18",
                new LocalizedText(
                    $"注意：取整后的 {AuditTimeText.Days(rounded)} 人日低于初次审核时间的 {share}（{AuditTimeText.Days(exact)} 人日），须记录理由",
                    $"Warning: the rounded {AuditTimeText.PersonDaysEn(rounded)} is below {share} of the initial time ({AuditTimeText.Days(exact)}); record a justification"),
                rounded));
        }

        return rounded;
    }

    private static JustificationStep FloorStep(InitialFractionRule rule, string source, decimal exact, decimal floored)
    {
        var text = rule.MinimumDays > 0
            ? new LocalizedText(
                $"调整后的时间不低于 {AuditTimeText.Days(rule.MinimumDays)} 人日：max({AuditTimeText.Days(exact)}, {AuditTimeText.Days(rule.MinimumDays)}) = {AuditTimeText.Days(floored)} 人日",
                $"The adjusted time is at least {AuditTimeText.PersonDaysEn(rule.MinimumDays)}: max({AuditTimeText.Days(exact)}, {AuditTimeText.Days(rule.MinimumDays)}) = {AuditTimeText.Days(floored)}")
            : new LocalizedText(
                $"依据未规定最低天数，不设下限：{AuditTimeText.Days(floored)} 人日",
                $"The source sets no minimum number of days, so no floor applies: {AuditTimeText.PersonDaysEn(floored)}");
        return new JustificationStep(JustificationStepCodes.Floor, source, text, floored);
    }

    private JustificationStep RoundingStep(decimal floored, decimal rounded)
    {
        var before = AuditTimeText.Days(floored);
        var after = AuditTimeText.Days(rounded);
        var text = policies.Rounding switch
        {
            AuditTimeRounding.CeilHalfDay => new LocalizedText(
                $"在应用下限之后按 0.5 人日向上取整：{before} → {after} 人日",
                $"Rounded up to the next half person-day after the floor: {before} → {after}"),
            AuditTimeRounding.NearestHalfDay => new LocalizedText(
                $"四舍五入到最接近的 0.5 人日：{before} → {after} 人日",
                $"Rounded to the nearest half person-day: {before} → {after}"),
            _ => new LocalizedText(
                $"按政策不取整：{after} 人日",
                $"Not rounded by policy: {AuditTimeText.PersonDaysEn(rounded)}"),
        };
        return new JustificationStep(JustificationStepCodes.Rounding, "A-18", text, rounded);
    }

    // the on-site share can only be met by rounding up.
    private decimal? OnSiteMinimum(decimal personDays)
    {
        if (rules.OnSiteMinimumShare is not { } share)
        {
            return null;
        }

        var percent = DecimalText.Percent(share * 100);
        if (policies.OnSiteShare == OnSiteSharePolicy.NotApplied)
        {
            _steps.Add(new JustificationStep(
                JustificationStepCodes.OnSiteMinimum,
                "A-16",
                new LocalizedText($"按政策不计算现场审核时间下限（方案规定 {percent}）", $"On-site minimum ({percent}) not applied by policy"),
                null));
            return null;
        }

        var exact = share * personDays;
        var minimum = HalfDay.CeilUnlessExact(exact, policies.Rounding);
        _steps.Add(new JustificationStep(
            JustificationStepCodes.OnSiteMinimum,
            "A-16",
            new LocalizedText(
                $"现场审核时间不低于审核时间的 {percent}：{AuditTimeText.Days(personDays)} × {percent} = {AuditTimeText.Days(exact)} → 至少 {AuditTimeText.Days(minimum)} 人日",
                $"On-site time is at least {percent} of the audit time: {AuditTimeText.Days(personDays)} × {percent} = {AuditTimeText.Days(exact)} → at least {AuditTimeText.PersonDaysEn(minimum)}"),
            minimum));
        return minimum;
    }
}
