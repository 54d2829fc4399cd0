namespace TeamsCert.Domain.AuditTime;

// LS/CC9: the seed fixes an on-site day range per audit kind with no headcount rule.
internal static class FixedDaysCalculation
{
    public static AuditTimeResult Run(FixedDaysAuditTime rules, AuditTimeRequest request)
    {
        var range = rules.FixedDays.For(request.Kind);
        var min = AuditTimeText.Days(range.Min);
        var max = AuditTimeText.Days(range.Max);
        var steps = new List<JustificationStep>
        {
            AuditTimeText.Input(request),
            new(
                JustificationStepCodes.FixedDays,
                rules.Source,
                new LocalizedText(
                    $"{AuditTimeText.KindZh(request.Kind)}现场审核时间 {min}–{max} 天",
                    $"On-site time of the {AuditTimeText.KindEn(request.Kind)}: {min}–{max} days"),
                range.Min),
            new(
                JustificationStepCodes.DayBasis,
                rules.RuleId,
                new LocalizedText(
                    "按现场审核日历天理解（非人日），不随人数变化；须记录审核组人数，偏离该范围须记录理由",
                    "Read as on-site calendar days (not person-days), independent of headcount; record the team size, and justify any departure from the range"),
                null),
        };
        return new AuditTimeResult
        {
            Kind = request.Kind,
            OnSiteDaysMin = range.Min,
            OnSiteDaysMax = range.Max,
            Justification = steps,
        };
    }
}
