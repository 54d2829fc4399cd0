using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Texts;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>
/// A notice without a card of its own (an application received, serious information, a suspension suggested over a
/// missed surveillance …): its title and its facts in words from the text catalogue (<c>notice.{kind}</c>,
/// <c>notice-field.{key}</c>), each coded value in words (reasons, categories, statuses, materials). Data the catalogue
/// does not name is left out rather than shown as a code; a notice about an open step offers the button to open it.
/// </summary>
public sealed class NoticeCardBuilder(CardOptions options, RulesRuntime rules)
{
    public static readonly LocalizedText Title = new("认证流程通知", "Certification notice");

    public AdaptiveCard Build(NoticeModel model, string? locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = UiLanguage.From(locale);
        var title = Catalogue.Find("notice", model.Kind) ?? Title;
        var facts = model.Data.Select(d => Field(model, d.Key, d.Value, l)).OfType<Fact>().ToList();
        var body = new List<CardElement>();
        if (model.Case is { } @case)
        {
            body.Add(CardParts.Header(@case, l, l.T(title), "accent"));
        }
        else
        {
            body.Add(CardParts.Title(l.T(title), "accent"));
            facts.Insert(0, new Fact(l.T(CommonTexts.CaseNumber), model.Data.GetValueOrDefault("number") ?? "—"));
            facts.Insert(1, new Fact(l.T(CommonTexts.Organization), model.Data.GetValueOrDefault("organization") ?? "—"));
        }

        if (Catalogue.Find("notice", model.Kind + ".line") is { } line)
        {
            body.Add(CardParts.Line(l.T(line)));
        }

        if (facts.Count > 0)
        {
            body.Add(new FactSet(facts));
        }

        var actions = new List<CardAction>();
        if (model.Case is { } known)
        {
            if (Guid.TryParse(model.Data.GetValueOrDefault("stepId"), out var stepId))
            {
                actions.Add(CardParts.Show(known.CaseId, stepId, l, style: "positive"));
            }

            actions.Add(CardParts.Documents(known, options, l));
        }

        return CardParts.Card(body, actions.Count > 0 ? actions : null);
    }

    /// <summary>One fact in words, or null for data people do not read (ids, codes without words, parts of another fact).</summary>
    private Fact? Field(NoticeModel model, string key, string value, UiLanguage l)
    {
        if (string.IsNullOrWhiteSpace(value) || Catalogue.Find("notice-field", key) is not { } label)
        {
            return null;
        }

        var shown = key switch
        {
            "trigger" => Trigger(model, value, l),
            "category" => l.T(ChoiceTexts.For(value)),
            "to" => Enum.TryParse<CertificateState>(value, out var state) ? l.T(Vocabulary.Status(state)) : null,
            "suggestedAction" => ActionTexts.Has(value) ? l.T(ActionTexts.Label(value)) : null,
            "surveillance" => l.T($"第 {value} 次", $"No. {value}"),
            "shortNotice" => bool.TryParse(value, out var yes) ? l.T(yes ? "是" : "否", yes ? "yes" : "no") : null,
            "missing" => Materials(model, value, l),
            _ => value,
        };
        return shown is null ? null : new Fact(l.T(label), shown);
    }

    // A status change's reason comes with its words and seed section; a special audit's from the catalogue.
    private static string? Trigger(NoticeModel model, string code, UiLanguage l)
    {
        var data = model.Data;
        var words = data.GetValueOrDefault("triggerZh") is { Length: > 0 } zh ? new LocalizedText(zh, data.GetValueOrDefault("triggerEn") ?? zh)
            : Catalogue.Find("special-audit", code);
        if (words is null)
        {
            return null;
        }

        return data.GetValueOrDefault("source") is { Length: > 0 } source ? l.T(words) + l.T($"（{source}）", $" ({source})") : l.T(words);
    }

    private string? Materials(NoticeModel model, string codes, UiLanguage l)
    {
        if (model.Case is not { } @case)
        {
            return null;
        }

        var ruleSet = rules.Schemes.Latest(@case.Scheme);
        var labels = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => ruleSet.Eligibility.Materials.FirstOrDefault(m => m.Code == code) is { } material ? l.T(material.Label) : null)
            .OfType<string>().ToList();
        return labels.Count == 0 ? null : string.Join(l.T("；", "; "), labels);
    }
}
