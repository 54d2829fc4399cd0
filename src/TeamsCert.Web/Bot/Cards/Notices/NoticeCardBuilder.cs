using TeamsCert.Domain;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>
/// A plain notice: what happened (the message kind) and the message's facts. Ids are left out: people read case
/// numbers, and the documents button leads to the case.
/// </summary>
public sealed class NoticeCardBuilder(CardOptions options)
{
    public static readonly LocalizedText Title = new("认证流程通知", "Certification notice");
    public static readonly LocalizedText Kind = new("事项", "Event");

    private static readonly HashSet<string> _hidden = new(["caseId", "stepId", "number", "organization"], StringComparer.Ordinal);

    public AdaptiveCard Build(NoticeModel model, string? locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = UiLanguage.From(locale);
        var facts = new List<Fact> { new(l.T(Kind), model.Kind) };
        facts.AddRange(model.Data.Where(d => !_hidden.Contains(d.Key) && !string.IsNullOrWhiteSpace(d.Value))
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new Fact(d.Key, d.Value)));
        var body = new List<CardElement>();
        if (model.Case is { } @case)
        {
            body.Add(CardParts.Header(@case, l, l.T(Title), "accent"));
        }
        else
        {
            body.Add(CardParts.Title(l.T(Title), "accent"));
            facts.Insert(0, new Fact(l.T(CommonTexts.CaseNumber), model.Data.GetValueOrDefault("number") ?? "—"));
            facts.Insert(1, new Fact(l.T(CommonTexts.Organization), model.Data.GetValueOrDefault("organization") ?? "—"));
        }

        body.Add(new FactSet(facts));
        return CardParts.Card(body, model.Case is { } known ? [CardParts.Documents(known, options, l)] : null);
    }
}
