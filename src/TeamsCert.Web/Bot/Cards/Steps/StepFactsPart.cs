using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// The facts part of a step card (<see cref="StepFacts"/>). The first section of the application and the materials
/// checklist are always shown; the rest of the form and long finding lists fold into an Action.ShowCard, so the card
/// stays within Teams' size limit and short on a phone.
/// </summary>
internal static class StepFactsPart
{
    /// <summary>Findings shown before the rest folds away.</summary>
    private const int FindingsShown = 5;

    public static IEnumerable<CardElement> For(StepFacts facts, UiLanguage l)
    {
        if (facts.Application is { } application)
        {
            yield return Application(application, l);
        }

        if (facts.Materials.Count > 0)
        {
            yield return Materials(facts.Materials, l);
        }

        if (facts.Findings.Count > 0 || facts.Score is not null)
        {
            yield return Findings(facts, l);
        }

        if (facts.CorrectiveActions.Count > 0)
        {
            yield return new Container([
                Heading(l.T(StepFactTexts.CorrectiveActions)),
                .. facts.CorrectiveActions.Select(a => (CardElement)new TextBlock(a) { Spacing = "small" }),
            ])
            { Separator = true };
        }
    }

    private static Container Application(ApplicationView application, UiLanguage l)
    {
        var items = new List<CardElement> { Heading(l.F(StepFactTexts.Application, UiLanguage.Date(application.SubmittedOn))) };
        if (application.Parts.Count > 0)
        {
            items.AddRange(Part(application.Parts[0], l, withTitle: false));
        }

        var rest = application.Parts.Skip(1).ToList();
        if (rest.Count > 0)
        {
            var card = new AdaptiveCard { Body = [.. rest.SelectMany(p => Part(p, l, withTitle: true))] };
            items.Add(new ActionSet([new ActionShowCard(card) { Title = l.F(StepFactTexts.MoreOfApplication, rest.Sum(p => p.Values.Count)) }]));
        }

        return new Container(items) { Separator = true };
    }

    private static IEnumerable<CardElement> Part(FormPart part, UiLanguage l, bool withTitle)
    {
        if (withTitle)
        {
            yield return new TextBlock(l.T(part.Title)) { Weight = "bolder", Spacing = "medium" };
        }

        yield return new FactSet([.. part.Values.Select(v => new Fact(l.T(v.Label), v.Value))]);
    }

    private static Container Materials(IReadOnlyList<MaterialItem> materials, UiLanguage l)
    {
        var items = new List<CardElement> { Heading(l.F(StepFactTexts.Materials, materials.Count(m => m.Present), materials.Count)) };
        foreach (var material in materials)
        {
            var state = material.Present ? l.T(StepFactTexts.Present) : l.T(StepFactTexts.Missing);
            items.Add(new ColumnSet([
                new Column([new TextBlock(material.Present ? "✓ " + state : "✗ " + state)
                {
                    Color = material.Present ? "good" : "attention",
                    Weight = "bolder",
                }])
                { Width = "auto" },
                new Column([new TextBlock(l.T(material.Label))]) { Width = "stretch" },
            ])
            { Spacing = "small" });
            if (material.Files.Count > 0)
            {
                items.Add(new ActionSet([.. material.Files.Select(f => (CardAction)new ActionOpenUrl(f.Url) { Title = f.Name })]) { Spacing = "none" });
            }
        }

        return new Container(items) { Separator = true };
    }

    private static Container Findings(StepFacts facts, UiLanguage l)
    {
        var items = new List<CardElement> { Heading(l.F(StepFactTexts.Findings, facts.Findings.Count)) };
        if (facts.Score is { } score)
        {
            items.Add(new FactSet([new Fact(l.T(StepFactTexts.Score), l.T(score))]));
        }

        if (facts.Findings.Count == 0)
        {
            items.Add(CardParts.Line(l.T(StepFactTexts.NoFindings), subtle: true));
        }

        items.AddRange(facts.Findings.Take(FindingsShown).Select(f => Finding(f, l)));
        if (facts.Findings.Count > FindingsShown)
        {
            var card = new AdaptiveCard { Body = [.. facts.Findings.Skip(FindingsShown).Select(f => Finding(f, l))] };
            items.Add(new ActionSet([new ActionShowCard(card) { Title = l.F(StepFactTexts.MoreFindings, facts.Findings.Count - FindingsShown) }]));
        }

        return new Container(items) { Separator = true };
    }

    private static Container Finding(FindingItem finding, UiLanguage l) => new([
        new TextBlock($"{l.T(Vocabulary.Grade(finding.Grade))} · {l.F(StepFactTexts.Clause, finding.Clause)} · {l.T(Vocabulary.Audit(finding.AuditKind))}")
        {
            Weight = "bolder",
            Color = finding.Grade == Domain.Workflow.Facts.FindingGrade.Major ? "attention" : null,
        },
        new TextBlock(finding.Evidence) { IsSubtle = true, Spacing = "none" },
    ])
    { Spacing = "small" };

    private static TextBlock Heading(string text) => new(text) { Weight = "bolder", Size = "medium" };
}
