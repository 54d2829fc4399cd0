using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Web.Cases;

/// <summary>
/// What the API shows of a case's established facts: a contract of its own, copied from the domain's
/// <see cref="CaseFacts"/> so the domain can change without changing the API. Dates are Shanghai calendar dates; a
/// score's raw input is not shown (its result is), nor anything only the runtime needs.
/// </summary>
public sealed record CaseFactsView(
    ContactView? Contact, ApplicationView? Application, ProgrammeView? Programme, IReadOnlyList<TeamMemberView> Team, PlanView? Plan,
    DateOnly? MysteryShoppingOn, string? MysteryShopperId, IReadOnlyList<AuditView> Audits, IReadOnlyList<FindingView> Findings, ScoreView? Score,
    DateOnly? AuditFileCompleteOn, bool CorrectionsVerified, DecisionView? Decision, CertificateView? Certificate,
    IReadOnlyList<SurveillanceView> Surveillances, IReadOnlyList<SpecialAuditView> SpecialAudits, IReadOnlyList<InformationReportView> InformationReports,
    int? SurveillanceIntervalMonths, DateOnly? RecertificationReminderOn, RecertificationView? Recertification, IReadOnlyList<CertificateView> PreviousCertificates)
{
    public static CaseFactsView From(CaseFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(
            f.Contact is { } c ? new ContactView(c.Name, c.Phone, c.Email) : null,
            f.Application is { } a ? new ApplicationView(a.SubmittedOn, a.Values, a.Materials, a.Outstanding) : null,
            f.Programme is { } p ? new ProgrammeView(p.ManagerId, p.ProposedOn, p.PersonDays, p.TotalPersonDays, p.OnSiteDaysMin, p.OnSiteDaysMax,
                p.Justification, p.Modes, p.FieldCode, p.MysteryShoppingArranged, p.MysteryShopperId, p.ConfirmedOn, p.ContractSignedOn) : null,
            [.. f.Team.Select(TeamMemberView.From)],
            PlanView.From(f.Plan),
            f.MysteryShoppingOn,
            f.MysteryShopperId,
            [.. f.Audits.Select(x => new AuditView(x.Kind, x.Start, x.End, x.LeaderId, x.MemberIds))],
            [.. f.Findings.Select(x => new FindingView(x.AuditKind, x.Grade.ToString(), x.Clause, x.Evidence, x.IsNonconformity))],
            ScoreView.From(f.Score),
            f.AuditFileCompleteOn,
            f.CorrectionsVerified,
            f.Decision is { } d ? new DecisionView(d.Outcome, d.DecidedBy, d.DecidedOn, d.Reasons, d.NotifiedOn, d.Complaints, d.SurveillanceResults) : null,
            CertificateView.From(f.Certificate),
            [.. f.Surveillances.Select(s => new SurveillanceView(s.Number, s.DueOn, s.RuleId, s.Anchor, s.DoneOn, s.Justification, ScoreView.From(s.Score),
                [.. s.Team.Select(TeamMemberView.From)], PlanView.From(s.Plan), s.Outcome))],
            [.. f.SpecialAudits.Select(s => new SpecialAuditView(s.Number, s.Trigger, s.Description, s.RequestedOn, s.ShortNotice, s.ExtraCareNote, s.LeaderId,
                s.MemberIds, s.DoneOn, ScoreView.From(s.Score), s.Outcome, s.FrequencyDecision))],
            [.. f.InformationReports.Select(r => new InformationReportView(r.Number, r.Category, r.Summary, r.ReceivedOn, r.Serious, r.RecordedBy, r.Measure,
                r.MeasureReason, r.AnalysedOn))],
            f.SurveillanceIntervalMonths,
            f.RecertificationReminderOn,
            f.Recertification is { } r2 ? new RecertificationView(r2.Cycle, r2.AppliedOn, r2.SignificantChange) : null,
            [.. f.PreviousCertificates.Select(x => CertificateView.From(x)!)]);
    }
}

public sealed record ContactView(string? Name, string? Phone, string? Email);

public sealed record ApplicationView(DateOnly SubmittedOn, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Materials, IReadOnlyList<string> Outstanding);

public sealed record ProgrammeView(
    string ManagerId, DateOnly ProposedOn, decimal? PersonDays, decimal? TotalPersonDays, decimal? OnSiteDaysMin, decimal? OnSiteDaysMax,
    IReadOnlyList<string> Justification, string? Modes, string? FieldCode, bool MysteryShoppingArranged, string? MysteryShopperId, DateOnly? ConfirmedOn,
    DateOnly? ContractSignedOn);

public sealed record TeamMemberView(string PersonId, string Role, string? SupervisorId, string Status, DateOnly? AnsweredOn, string? Remark, string? Conflict)
{
    public static TeamMemberView From(TeamMemberFacts m) => new(m.PersonId, m.Role.ToString(), m.SupervisorId, m.Status.ToString(), m.AnsweredOn, m.Remark, m.Conflict);
}

public sealed record PlanView(DateOnly SentOn, DateOnly OnSiteStart, DateOnly? AcknowledgedOn)
{
    public static PlanView? From(PlanFacts? p) => p is null ? null : new(p.SentOn, p.OnSiteStart, p.AcknowledgedOn);
}

public sealed record AuditView(string Kind, DateOnly Start, DateOnly End, string LeaderId, IReadOnlyList<string> MemberIds);

public sealed record FindingView(string AuditKind, string Grade, string Clause, string Evidence, bool IsNonconformity);

/// <summary>A score's result: the model (AS sheet, TEL star level, LS/CC9 composite), value, pass and grade.</summary>
public sealed record ScoreView(string Model, decimal? Value, bool? Passed, string? Grade)
{
    public static ScoreView? From(ScoreFacts? s) => s is null ? null : new(s.Model, s.Value, s.Passed, s.Grade);
}

public sealed record DecisionView(
    string Outcome, string DecidedBy, DateOnly DecidedOn, string? Reasons, DateOnly? NotifiedOn, int? Complaints, string? SurveillanceResults);

public sealed record StatusChangeView(DateOnly On, string? From, string To, string Reason, string By);

public sealed record ScopeChangeView(DateOnly On, string From, string To, string Reason, string By);

public sealed record CertificateView(
    string Number, string DisplayNumber, DateOnly IssuedOn, DateOnly? ValidFrom, DateOnly ExpiresOn, string? Grade, string State, DateOnly? SuspendedUntil,
    string? Scope, IReadOnlyList<StatusChangeView> History, IReadOnlyList<ScopeChangeView> ScopeHistory)
{
    public static CertificateView? From(CertificateFacts? c) => c is null ? null : new(
        c.Number, c.DisplayNumber, c.IssuedOn, c.ValidFrom, c.ExpiresOn, c.Grade, c.State.ToString(), c.SuspendedUntil, c.Scope,
        [.. c.History.Select(h => new StatusChangeView(h.On, h.From?.ToString(), h.To.ToString(), h.Reason, h.By))],
        [.. c.ScopeHistory.Select(h => new ScopeChangeView(h.On, h.From, h.To, h.Reason, h.By))]);
}

public sealed record SurveillanceView(
    int Number, DateOnly DueOn, string RuleId, DateOnly? Anchor, DateOnly? DoneOn, string? Justification, ScoreView? Score, IReadOnlyList<TeamMemberView> Team,
    PlanView? Plan, string? Outcome);

public sealed record SpecialAuditView(
    int Number, string Trigger, string Description, DateOnly RequestedOn, bool ShortNotice, string? ExtraCareNote, string LeaderId, IReadOnlyList<string> MemberIds,
    DateOnly? DoneOn, ScoreView? Score, string? Outcome, string? FrequencyDecision);

public sealed record InformationReportView(
    int Number, string Category, string Summary, DateOnly ReceivedOn, bool Serious, string RecordedBy, string? Measure, string? MeasureReason, DateOnly? AnalysedOn);

public sealed record RecertificationView(int Cycle, DateOnly AppliedOn, bool SignificantChange);
