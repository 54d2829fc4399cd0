namespace TeamsCert.BrowserTests.Cards;

/// <summary>
/// A static page with the adaptivecards renderer and its stylesheet inlined (nothing is fetched), and
/// <c>renderCard(card, hostConfig)</c>: parse, <c>validateProperties()</c>, render into <c>#card</c>, report errors and text.
/// A clicked Action.Execute or Action.Submit that passes the renderer's input checks is kept in <c>window.lastAction</c>
/// (<c>verb</c>, <c>id</c> and its data merged with the input values), as Teams would send it to the bot.
/// </summary>
internal static class CardPage
{
    public const string Script = """
        window.renderCard = function (card, hostConfig) {
          const adaptive = new AdaptiveCards.AdaptiveCard();
          window.lastAction = null;
          adaptive.onExecuteAction = function (action) {
            window.lastAction = { type: action.getJsonTypeName(), verb: action.verb || null, id: action.id || null, data: action.data || null };
          };
          adaptive.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
          const context = new AdaptiveCards.SerializationContext();
          adaptive.parse(card, context);
          const errors = [];
          for (let i = 0; i < context.eventCount; i++) {
            errors.push('parse: ' + context.getEventAt(i).message);
          }
          for (const e of adaptive.validateProperties().validationEvents) {
            errors.push('validate: ' + e.message);
          }
          const host = document.getElementById('card');
          host.style.background = hostConfig.containerStyles.default.backgroundColor;
          host.replaceChildren();
          const rendered = adaptive.render();
          if (!rendered) {
            errors.push('render returned nothing');
            return { errors: errors, text: '' };
          }
          host.appendChild(rendered);
          return { errors: errors, text: host.innerText };
        };
        """;

    public static string Html() =>
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>"
        + File.ReadAllText(BrowserTools.AdaptiveCardsCss)
        + "\nbody { margin: 0; padding: 12px; background: #ebebeb; } #card { width: 600px; }</style><script>"
        + File.ReadAllText(BrowserTools.AdaptiveCardsScript)
        + "</script><script>" + Script + "</script></head><body><div id=\"card\"></div></body></html>";
}
