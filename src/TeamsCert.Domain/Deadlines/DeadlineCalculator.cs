using System.Globalization;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Policies;

namespace TeamsCert.Domain.Deadlines;

/// <summary>
/// Turns a scheme's deadline rule and an anchor date into the window its target must fall in, and judges an
/// actual target date. Working days come from the official calendar, months are calendar months.
/// </summary>
public sealed class DeadlineCalculator(WorkingDayCalendar calendar, PolicySettings policies)
{
    public DeadlineWindow Window(DeadlineRule rule, DateOnly anchor, IReadOnlyList<ClockPause>? pauses = null, string? trigger = null)
    {
        var n = EffectiveValue(rule);
        if (rule.ExemptTriggers.Contains(trigger ?? string.Empty, StringComparer.Ordinal))
        {
            return new(rule.Id, anchor, null, null, null, false, false, Text(
                $"{rule.Id}：触发情形 {trigger} 不适用该期限（{rule.Source}）",
                $"{rule.Id}: trigger {trigger} is exempt from this limit ({rule.Source})"));
        }

        switch (rule.Kind)
        {
            case DeadlineKind.WithinWorkingDaysAfter:
                return WorkingDaysAfter(rule, anchor, n, pauses ?? []);
            case DeadlineKind.AtLeastWorkingDaysBefore:
                var before = calendar.AddWorkingDays(anchor, -n);
                return new(rule.Id, anchor, null, before.Value, null, before.Provisional, false, Text(
                    $"{rule.Id}：应不晚于 {Iso(before.Value)}（{Iso(anchor)} 前至少 {n} 个工作日）",
                    $"{rule.Id}: no later than {Iso(before.Value)} (at least {n} working days before {Iso(anchor)})"));
            case DeadlineKind.WithinMonthsAfter:
                var latest = WorkingDayCalendar.AddMonths(anchor, n).Value;
                DateOnly? warn = rule.WarningValue is { } w ? WorkingDayCalendar.AddMonths(anchor, w).Value : null;
                DateOnly? earliest = rule.MinimumGapDays is { } gap ? anchor.AddDays((int)Math.Ceiling(gap)) : null;
                return new(rule.Id, anchor, earliest, latest, warn, false, false, Text(
                    $"{rule.Id}：应不晚于 {Iso(latest)}（{Iso(anchor)} 后 {n} 个月内）",
                    $"{rule.Id}: no later than {Iso(latest)} (within {n} months of {Iso(anchor)})"));
            case DeadlineKind.StrictlyBefore:
                return Fixed(rule, anchor, null, anchor.AddDays(-1), "应早于", "strictly before");
            case DeadlineKind.OnOrBefore:
                return Fixed(rule, anchor, null, anchor, "应不晚于", "on or before");
            case DeadlineKind.AtLeastMonthsBefore:
            case DeadlineKind.NoneWithinMonthsBefore:
                var cutoff = WorkingDayCalendar.AddMonths(anchor, -n).Value;
                return new(rule.Id, anchor, null, cutoff, null, false, false, Text(
                    $"{rule.Id}：须在 {Iso(cutoff)} 或之前（{Iso(anchor)} 前 {n} 个月）",
                    $"{rule.Id}: on or before {Iso(cutoff)} ({n} months before {Iso(anchor)})"));
            case DeadlineKind.OpensMonthsBefore:
                var opens = WorkingDayCalendar.AddMonths(anchor, -n).Value;
                return new(rule.Id, anchor, opens, anchor, null, false, false, Text(
                    $"{rule.Id}：自 {Iso(opens)} 起至 {Iso(anchor)}",
                    $"{rule.Id}: from {Iso(opens)} until {Iso(anchor)}"));
            default:
                throw new InvalidOperationException($"Unhandled deadline kind {rule.Kind}.");
        }
    }

    public DeadlineCheck Check(
        DeadlineRule rule, DateOnly anchor, DateOnly target, IReadOnlyList<ClockPause>? pauses = null, string? trigger = null)
    {
        var window = Window(rule, anchor, pauses, trigger);
        var tooEarly = window.Earliest is { } e && target < e;
        var tooLate = window.Latest is { } l && target > l;
        var needsJustification = !tooEarly && !tooLate && window.JustificationAfter is { } j && target > j;
        var met = !tooEarly && !tooLate && !window.Paused;
        var message = (met, needsJustification) switch
        {
            (true, true) => Text(
                $"{rule.Id}：{Iso(target)} 在上限内，但超过 {Iso(window.JustificationAfter!.Value)}，须记录理由",
                $"{rule.Id}: {Iso(target)} is within the limit but after {Iso(window.JustificationAfter!.Value)}; record a justification"),
            (true, false) => Text($"{rule.Id}：{Iso(target)} 符合要求", $"{rule.Id}: {Iso(target)} meets the rule"),
            _ when window.Paused => Text($"{rule.Id}：期限暂停中，尚无截止日期", $"{rule.Id}: the clock is paused; no due date yet"),
            _ => Text(
                $"{rule.Id}：{Iso(target)} 不符合要求。{window.Explanation.ZhCn}",
                $"{rule.Id}: {Iso(target)} breaks the rule. {window.Explanation.En}"),
        };
        return new(rule.Id, target, met, needsJustification, window, message);
    }

    private int EffectiveValue(DeadlineRule rule) =>
        rule.Policy is { } id && PolicyCatalog.Find(id)?.IntegerRange is not null ? policies.Number(id) : rule.Value;

    private DeadlineWindow WorkingDaysAfter(DeadlineRule rule, DateOnly anchor, int n, IReadOnlyList<ClockPause> pauses)
    {
        // A-01 alternative: the anchor day itself is the first counted day.
        var start = policies.Is("A-01", "anchorDayCounts") ? anchor.AddDays(-1) : anchor;
        var active = rule.Pausable ? pauses : [];
        if (active.Any(p => p.End is null))
        {
            return new(rule.Id, anchor, null, null, null, false, true, Text(
                $"{rule.Id}：期限暂停中（{active.First(p => p.End is null).Reason}）",
                $"{rule.Id}: paused ({active.First(p => p.End is null).Reason})"));
        }

        DateOnly due;
        bool provisional;
        if (active.Count == 0)
        {
            var answer = calendar.AddWorkingDays(start, n);
            (due, provisional) = (answer.Value, answer.Provisional);
        }
        else
        {
            (due, provisional) = WalkSkippingPauses(start, n, active);
        }

        var pausedNote = active.Count == 0 ? string.Empty : $"，已扣除暂停期 {active.Count} 段";
        var pausedNoteEn = active.Count == 0 ? string.Empty : $", excluding {active.Count} paused stretch(es)";
        return new(rule.Id, anchor, null, due, null, provisional, false, Text(
            $"{rule.Id}：应不晚于 {Iso(due)}（{Iso(anchor)} 后 {n} 个工作日{pausedNote}）",
            $"{rule.Id}: no later than {Iso(due)} ({n} working days after {Iso(anchor)}{pausedNoteEn})"));
    }

    private (DateOnly Due, bool Provisional) WalkSkippingPauses(DateOnly start, int n, IReadOnlyList<ClockPause> pauses)
    {
        var day = start;
        var provisional = false;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            provisional |= calendar.IsProvisional(day.Year);
            if (calendar.IsWorkingDay(day) && !pauses.Any(p => p.Covers(day)))
            {
                counted++;
            }
        }

        return (day, provisional);
    }

    private static DeadlineWindow Fixed(DeadlineRule rule, DateOnly anchor, DateOnly? earliest, DateOnly latest, string zh, string en) =>
        new(rule.Id, anchor, earliest, latest, null, false, false, Text(
            $"{rule.Id}：{zh} {Iso(anchor)}", $"{rule.Id}: {en} {Iso(anchor)}"));

    private static LocalizedText Text(string zh, string en) => new(zh, en);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
