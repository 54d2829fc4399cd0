using TeamsCert.Domain.Texts;

namespace TeamsCert.Domain.Workflow.SpecialAudits;

/// <summary>
/// Why a special audit is requested, per scheme, with the seed section it rests on. AS: 004 §5.7.4 (a)–(e);
/// TEL: complaints (002 §11) and other reasons for a short-notice audit (002 §9.4); LS/CC9: the special surveillance
/// audit on a major change or a complaint (000 §6.4.2.2; 003 §6.4.2(2)). A major complaint asks for the A-36
/// decision on surveillance frequency.
/// </summary>
public sealed record SpecialAuditTrigger(string Scheme, string Code, string Source, bool MajorComplaint = false)
{
    public static IReadOnlyList<SpecialAuditTrigger> All { get; } =
    [
        new("AS", "serious-accident", "004 §5.7.4(a)"),
        new("AS", "media-exposure", "004 §5.7.4(a)"),
        new("AS", "major-complaint", "004 §5.7.4(a)", MajorComplaint: true),
        new("AS", "major-change", "004 §5.7.4(b)"),
        new("AS", "certification-basis-change", "004 §5.7.4(c)"),
        new("AS", "repeated-complaints", "004 §5.7.4(d)", MajorComplaint: true),
        new("AS", "other", "004 §5.7.4(e)"),
        new("TEL", "complaint", "002 §11"),
        new("TEL", "major-change", "002 §9.4"),
        new("TEL", "other", "002 §9.4"),
        new("LS", "major-change", "000 §6.4.2.2"),
        new("LS", "complaint", "000 §6.4.2.2"),
        new("CC9", "major-change", "003 §6.4.2(2)"),
        new("CC9", "complaint", "003 §6.4.2(2)"),
    ];

    public static SpecialAuditTrigger Find(string scheme, string code) =>
        All.FirstOrDefault(t => t.Scheme == scheme && t.Code == code)
        ?? throw new InvalidInputException("data.trigger",
            $"请从以下原因中选择：{Reasons(scheme, english: false)} / choose one of these reasons: {Reasons(scheme, english: true)}");

    private static string Reasons(string scheme, bool english) => string.Join(english ? "; " : "；",
        All.Where(t => t.Scheme == scheme).Select(t => Catalogue.Find("special-audit", t.Code) is { } text ? (english ? text.En : text.ZhCn) : t.Source));
}
