using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Bot;
using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.BrowserTests.Cards;

/// <summary>
/// The reviewer's walk through the decision cards as a person does it: the card the real host answers on
/// <c>/api/messages</c> is rendered by the adaptivecards renderer in Chromium (a 600 px chat and a 390 px phone), its
/// sections unfolded, boxes ticked and buttons clicked in the page; what the clicked button would send is sent back to the
/// bot, and the card it answers with is rendered again. Screenshots go to <c>artifacts/cards/walk-*.png</c>.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ReviewCardWalkTests(CardRenderer renderer, BotServers servers) : IClassFixture<BotServers>, IAsyncLifetime, IDisposable
{
    private const string Locale = "zh-CN";
    private const int Desktop = 640;
    private readonly BotChat _chat = new(servers.Connector);
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("the page is opened per test");

    /// <summary>The desktop chat (the 640 px window of the other card tests, a 600 px card) and a 390 px phone.</summary>
    public static TheoryData<int> Widths() => [Desktop, 390];

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ReviewCard_SubmittedApplication_EveryValueAndFileVisibleInTheBrowser(int width)
    {
        _page = await renderer.OpenPageAsync(width);
        var (@case, files) = await _chat.SubmitTelApplicationAsync();
        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, BotChat.StepData(@case, "application-review"));

        await RenderAsync(card);
        // The application's later parts fold into a section of their own: unfold every section that only shows facts.
        var folds = ShowCards(card).Where(s => !HasInputs(s)).Select(s => (string)s["title"]!).ToList();
        Assert.NotEmpty(folds);
        foreach (var title in folds)
        {
            await ClickButtonAsync(title);
        }

        var text = await CardTextAsync();
        // A fact is a table row drawn with its label beside its value: every submitted value is read beside its label.
        var facts = (await Page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#card tr')].filter(r => r.offsetParent !== null)"
            + ".map(r => [...r.children].map(c => c.innerText.trim()).filter(t => t.length > 0))"))
            .Where(r => r.Length == 2).Select(r => (r[0], r[1])).ToList();
        foreach (var (code, value) in TelForm())
        {
            var label = Domain.Applications.ApplicationForms.For("TEL").Field(code)!.Label.ZhCn;
            Assert.Contains((label, code == "declaration" ? "✓" : value), facts);
        }

        var buttons = await Page.Locator("#card button:visible").AllInnerTextsAsync();
        foreach (var (_, name) in files)
        {
            Assert.True(buttons.Contains(name), $"the file {name} is not among the visible buttons: {string.Join(" | ", buttons)}");
        }

        Assert.Contains("企业营业执照及年检证明复印件", text, StringComparison.Ordinal);
        await AssertFitsAsync(width);
        await ScreenshotAsync(Shot("walk-review-card", width));
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task DeficiencyNotice_TickBoxesInTheBrowser_NoticeRecordedWithExactlyTheTickedMaterials(int width)
    {
        _page = await renderer.OpenPageAsync(width);
        var (@case, _) = await _chat.SubmitTelApplicationAsync();
        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, BotChat.StepData(@case, "application-review"));
        await RenderAsync(card);

        var section = ShowCards(card).Single(s => Inputs(s).Any(i => (string?)i["id"] == "deficiency.missing"));
        await ClickButtonAsync((string)section["title"]!);
        var boxes = Page.Locator("#card input[type=checkbox][name='deficiency.missing']");
        var preTicked = await CheckedAsync();
        var offered = await boxes.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        var expectedTicks = ((string?)Inputs(section).Single(i => (string?)i["id"] == "deficiency.missing")["value"])!.Split(',');
        Assert.Equal(expectedTicks.Order(StringComparer.Ordinal), preTicked.Order(StringComparer.Ordinal));
        Assert.Contains("businessLicence", offered);
        Assert.DoesNotContain("businessLicence", preTicked);

        // A person unticks the first ticked material and ticks the business licence, by clicking the words beside the boxes.
        var untick = preTicked[0];
        await ClickLabelOfAsync(untick);
        await ClickLabelOfAsync("businessLicence");
        var ticked = await CheckedAsync();
        Assert.Equal([.. preTicked.Where(v => v != untick).Append("businessLicence").Order(StringComparer.Ordinal)], ticked.Order(StringComparer.Ordinal));
        await ScreenshotAsync(Shot("walk-deficiency-checklist", width));
        await AssertFitsAsync(width);

        var (verb, data) = await SubmitAsync((string)section["card"]!["actions"]![0]!["title"]!);
        Assert.Equal(ticked, data["deficiency.missing"].Split(','));
        var outcome = await _chat.InvokeAsync(BotChat.Reviewer, verb, data);

        var after = await _chat.LoadAsync(@case.Id);
        Assert.Equal(ticked.Order(StringComparer.Ordinal), after.MissingMaterials.Order(StringComparer.Ordinal));
        Assert.Equal(CaseStage.AwaitingApplicant, after.Stage);
        await RenderAsync(outcome);
        var text = await CardTextAsync();
        Assert.Contains("李评审 于 ", text, StringComparison.Ordinal);
        await AssertFitsAsync(width);
        await ScreenshotAsync(Shot("walk-deficiency-outcome", width));
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task RefusedInput_SubmittedInTheBrowser_SameFormComesBackWithTheMessageBesideTheField(int width)
    {
        _page = await renderer.OpenPageAsync(width);
        var (@case, _) = await _chat.SubmitTelApplicationAsync();
        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, BotChat.StepData(@case, "application-review"));
        await RenderAsync(card);
        var section = ShowCards(card).Single(s => Inputs(s).Any(i => (string?)i["id"] == "reject.reason"));
        var submit = (string)section["card"]!["actions"]![0]!["title"]!;
        await ClickButtonAsync((string)section["title"]!);
        var reason = Page.Locator("#card textarea:visible");

        // Left empty, the renderer itself keeps the answer back and says why.
        await ClickButtonAsync(submit);
        Assert.Equal(JsonValueKind.Null, (await Page.EvaluateAsync<JsonElement>("() => window.lastAction")).ValueKind);
        Assert.Contains("请写明理由", await CardTextAsync(), StringComparison.Ordinal);

        // Only a space gets past the renderer; the bot refuses it and answers with the same form, open, the problem under the field.
        await reason.FillAsync(" ");
        var (verb, data) = await SubmitAsync(submit);
        Assert.Equal(("reject", " "), (data["action"], data["reject.reason"]));
        var refused = await _chat.InvokeAsync(BotChat.Reviewer, verb, data);
        Assert.Equal(CaseStage.ApplicationReview, (await _chat.LoadAsync(@case.Id)).Stage);

        await RenderAsync(refused);
        var field = Page.Locator("#card textarea:visible");
        var problem = Page.Locator("#card [id='reject.reason.problem']");
        Assert.Equal(1, await field.CountAsync());
        Assert.True(await problem.IsVisibleAsync(), "the problem is shown");
        Assert.Equal("请填写“理由”", (await problem.InnerTextAsync()).Trim());
        var (fieldBox, problemBox) = (await field.BoundingBoxAsync(), await problem.BoundingBoxAsync());
        var gap = problemBox!.Y - (fieldBox!.Y + fieldBox.Height);
        Assert.True(gap is >= 0 and <= 24, $"the problem sits right under the field ({gap} px below it)");
        Assert.True(await Page.Locator("#card").GetByRole(AriaRole.Button, new() { Name = "不予受理", Exact = true }).IsVisibleAsync(), "the reject button is there");
        await AssertFitsAsync(width);
        await ScreenshotAsync(Shot("walk-refused-reject", width));

        // The same form, answered properly this time, rejects the application.
        await field.FillAsync("材料与申请范围不符");
        var (againVerb, againData) = await SubmitAsync("不予受理");
        await _chat.InvokeAsync(BotChat.Reviewer, againVerb, againData);
        Assert.Equal(CaseStage.Refused, (await _chat.LoadAsync(@case.Id)).Stage);
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task MyTasks_MoreThanOnePage_NextPageInTheBrowser(int width)
    {
        _page = await renderer.OpenPageAsync(width);
        for (var i = 0; i < 12; i++)
        {
            await _chat.OpenCaseAsync($"分页测试组织 {i:00}");
        }

        var first = BotChat.CardOf(await _chat.SayAsync(BotChat.Reviewer, "我的任务"));
        await RenderAsync(first);
        var firstText = await CardTextAsync();
        Assert.Contains("第 1 / 2 页", firstText, StringComparison.Ordinal);
        await AssertFitsAsync(width);
        await AssertCaseNumbersUnbrokenAsync(firstText);
        await ScreenshotAsync(Shot("walk-my-tasks-page1", width));

        var (verb, data) = await SubmitAsync("下一页");
        var second = await _chat.InvokeAsync(BotChat.Reviewer, verb, data);
        await RenderAsync(second);

        var secondText = await CardTextAsync();
        Assert.Contains("第 2 / 2 页", secondText, StringComparison.Ordinal);
        var onFirst = Organisations(firstText);
        var onSecond = Organisations(secondText);
        Assert.Equal(10, onFirst.Count);
        Assert.Equal(2, onSecond.Count);
        Assert.Empty(onFirst.Intersect(onSecond));
        Assert.True(await Page.Locator("#card").GetByRole(AriaRole.Button, new() { Name = "上一页", Exact = true }).IsVisibleAsync(), "the way back is there");
        await AssertFitsAsync(width);
        await AssertCaseNumbersUnbrokenAsync(secondText);
        await ScreenshotAsync(Shot("walk-my-tasks-page2", width));
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task ReviewCard_English_EveryValueBesideItsEnglishLabelAndNothingSticksOut(int width)
    {
        _page = await renderer.OpenPageAsync(width);
        var (@case, files) = await _chat.SubmitTelApplicationAsync();
        var data = BotChat.StepData(@case, "application-review", (CardVerbs.LangKey, "en"));
        var card = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, data);

        await RenderAsync(card);
        foreach (var title in ShowCards(card).Where(s => !HasInputs(s)).Select(s => (string)s["title"]!).ToList())
        {
            await ClickButtonAsync(title);
        }

        var facts = (await Page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#card tr')].filter(r => r.offsetParent !== null)"
            + ".map(r => [...r.children].map(c => c.innerText.trim()).filter(t => t.length > 0))"))
            .Where(r => r.Length == 2).Select(r => (r[0], r[1])).ToList();
        foreach (var (code, value) in TelForm().Where(f => f.Key != "declaration"))
        {
            Assert.Contains((Domain.Applications.ApplicationForms.For("TEL").Field(code)!.Label.En, value), facts);
        }

        var text = await CardTextAsync();
        Assert.Contains("Application review", text, StringComparison.Ordinal);
        Assert.DoesNotContain("申请评审", text, StringComparison.Ordinal);
        var buttons = await Page.Locator("#card button:visible").AllInnerTextsAsync();
        Assert.All(files, f => Assert.Contains(f.Name, buttons));
        await AssertFitsAsync(width);
        await ScreenshotAsync($"walk-review-card-en-{(width == Desktop ? "desktop" : width.ToString(System.Globalization.CultureInfo.InvariantCulture))}.png");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }
    }

    public void Dispose() => _chat.Dispose();

    private static string Shot(string name, int width) => $"{name}-{Locale}-{(width == Desktop ? "desktop" : width.ToString(System.Globalization.CultureInfo.InvariantCulture))}.png";

    private static HashSet<string> Organisations(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "分页测试组织 \\d\\d").Select(m => m.Value)];

    private async Task RenderAsync(JsonObject card)
    {
        var result = await Page.EvaluateAsync<JsonElement>("([card, host]) => window.renderCard(JSON.parse(card), JSON.parse(host))",
            new[] { card.ToJsonString(), renderer.HostConfig("light") });
        var errors = result.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    private Task<string> CardTextAsync() => Page.Locator("#card").InnerTextAsync();

    private Task ClickButtonAsync(string title) =>
        Page.Locator("#card").GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Locator("visible=true").ClickAsync();

    /// <summary>Clicks the words beside a material's box (a label of the box, as a person would).</summary>
    private async Task ClickLabelOfAsync(string material)
    {
        var id = await Page.Locator($"#card input[type=checkbox][name='deficiency.missing'][value='{material}']").GetAttributeAsync("id");
        await Page.Locator($"#card label[for='{id}']").ClickAsync();
    }

    private Task<string[]> CheckedAsync() =>
        Page.Locator("#card input[type=checkbox][name='deficiency.missing']").EvaluateAllAsync<string[]>("inputs => inputs.filter(i => i.checked).map(i => i.value)");

    /// <summary>Clicks a visible button and reads what the renderer would send: the action's verb and its merged data.</summary>
    private async Task<(string Verb, Dictionary<string, string> Data)> SubmitAsync(string title)
    {
        await Page.EvaluateAsync("() => { window.lastAction = null; }");
        await ClickButtonAsync(title);
        var action = await Page.EvaluateAsync<JsonElement>("() => window.lastAction");
        Assert.True(action.ValueKind == JsonValueKind.Object, $"clicking {title} sent nothing");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        var data = action.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        return (action.GetProperty("verb").GetString()!, data);
    }

    /// <summary>Nothing sticks out sideways: the card is no wider than its place in the chat.</summary>
    private async Task AssertFitsAsync(int width)
    {
        var widths = await Page.EvaluateAsync<int[]>("() => { const c = document.getElementById('card'); return [c.scrollWidth, c.clientWidth]; }");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client + 1, $"at {width} px the card is {scroll} px wide in a {client} px place");
    }

    /// <summary>Every case number and due rule shown is read on one line, never broken at its hyphens by a squeezed column.</summary>
    private async Task AssertCaseNumbersUnbrokenAsync(string text)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, "TEL-(\\d{4}-\\d{4}|D\\d\\d)").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(numbers);
        foreach (var number in numbers)
        {
            var lines = await Page.EvaluateAsync<int[]>(LinesScript, number);
            Assert.True(lines.Length > 0 && lines.All(n => n == 1), $"{number} is shown over {string.Join(", ", lines)} lines");
        }
    }

    /// <summary>For each place the text appears whole in one text node of the card: on how many lines it is drawn.</summary>
    private const string LinesScript = """
        text => {
          const lines = [];
          const walker = document.createTreeWalker(document.getElementById('card'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(text);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + text.length);
            lines.push(new Set([...range.getClientRects()].map(r => Math.round(r.top))).size);
          }
          return lines;
        }
        """;

    private async Task ScreenshotAsync(string name)
    {
        var file = Path.Combine(BrowserTools.ArtifactsFolder(), name);
        await Page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = file });
        Assert.True(new FileInfo(file).Length > 1000, file);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private static List<JsonObject> ShowCards(JsonObject card) => [.. Objects(card).Where(o => (string?)o["type"] == "Action.ShowCard")];

    private static IEnumerable<JsonObject> Inputs(JsonObject showCard) =>
        Objects(showCard["card"]).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    private static bool HasInputs(JsonObject showCard) => Inputs(showCard).Any();

    private static Dictionary<string, string> TelForm() => IntegrationTests.Portal.TelApplicationSample.Form();
}
