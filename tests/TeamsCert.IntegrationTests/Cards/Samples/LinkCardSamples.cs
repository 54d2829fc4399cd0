using TeamsCert.Domain.Links;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Texts;
using static TeamsCert.IntegrationTests.Cards.Samples.CardFixtures;
using CaseStage = TeamsCert.Domain.Workflow.CaseStage;

namespace TeamsCert.IntegrationTests.Cards.Samples;

/// <summary>The applicant-link cards: the case's links, the answer to a creation (e-mailed and copied), the staff notice.</summary>
public static class LinkCardSamples
{
    public static readonly Guid LinkId = Guid.Parse("5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");

    public static IEnumerable<CardSample> For(string locale)
    {
        var builder = new LinkCardBuilder(Options);
        var expires = new DateTimeOffset(2025, 6, 24, 2, 0, 0, TimeSpan.Zero);
        yield return new("links", locale, builder.Build(Panel(), locale));
        yield return new("links-created", locale, builder.Build(Panel() with
        {
            Created = new CreatedLinkNote(new Uri("https://teamscert.example.cn/portal/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c"), SharedLinkPurposes.CorrectiveActions, expires)
            {
                EmailedTo = "contact@callcenter.example.cn",
            },
        }, locale));
        yield return new("links-created-copy", locale, builder.Build(Panel() with
        {
            Created = new CreatedLinkNote(new Uri("https://teamscert.example.cn/portal/z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a4p3o2i1u0y9t"), SharedLinkPurposes.CorrectiveActions, expires)
            {
                Note = LinkTexts.NoSmtp,
            },
        }, locale));
        yield return new("links-notice", locale, builder.Build(Panel() with { ApplicantMustAct = true, Live = [] }, locale));
        yield return new("step-corrective-actions-applicant", locale, new StepCardBuilder(Options, Rules.Calendar).Build(
            Step("corrective-actions") with { Role = "applicant" }, OtherId, locale, Today));
        yield return new("case-summary-links", locale, new CaseSummaryCardBuilder(Options, Rules.Calendar).Build(
            new CaseSummaryModel(Case(stage: CaseStage.CorrectiveAction), "呼叫中心客户服务", new DateOnly(2025, 3, 3), [Summary("corrective-actions", new DateOnly(2025, 7, 10))])
            {
                LinkOffers = [Offer()],
                ContactEmail = "contact@callcenter.example.cn",
            }, locale, Today));
    }

    public static LinkPanelModel Panel() => new(Case(stage: CaseStage.CorrectiveAction), [Offer()],
        [new LiveLinkItem(LinkId, SharedLinkPurposes.CorrectiveActions, new DateTimeOffset(2025, 6, 20, 8, 0, 0, TimeSpan.Zero), "王方案")])
    {
        ContactEmail = "contact@callcenter.example.cn",
    };

    private static LinkOffer Offer() => new(SharedLinkPurposes.CorrectiveActions, StepId, "corrective-actions");
}
