using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// The end-to-end scenario in the real Teams-like client: the reviewer asks for their tasks, opens the overdue
/// demo application review AS-2026-0002 (成都蓉城汽车服务有限公司（演示）, due 2026-11-20 under AS-D01), accepts it with
/// the card's Action.Execute button, the case moves on, and the deadline reminder for it arrives proactively.
/// <para>
/// How the reminder is made due for real: the app starts on an EMPTY database, the UI is opened (the Playground sends
/// installationUpdate/conversationUpdate, so the app stores the conversation reference of user-id-0), and only then
/// are the demo cases seeded into the running app's SQLite file. Their dates lie in the past, so the reminder and
/// overdue timers of AS-2026-0002 are already due; the timer poller (<c>Timers:PollInterval</c> 1 s here) fires them,
/// the outbox (<c>Outbox:PollInterval</c> 1 s) hands the reminder to the Teams notification sender, which sends it
/// proactively to the stored conversation of the user mapped to reviewer@demo.local.
/// </para>
/// </summary>
public sealed class TaskScenarioTests
{
    private const string CaseNumber = "AS-2026-0002";
    private const string Organization = "成都蓉城汽车服务有限公司（演示）";

    /// <summary>Another demo application waiting for the reviewer: only the task list names both.</summary>
    private const string OtherCaseNumber = "AS-2026-0001";

    [BrowserFact]
    public async Task MyTasks_ReviewerAcceptsOverdueApplication_CaseMovesOnAndReminderArrives()
    {
        var host = new PlaygroundHost(seedAtStart: false, name: "scenario");
        try
        {
            await host.InitializeAsync();
            await using var browser = await PlaygroundBrowser.OpenAsync(host.Playground, PlaygroundHost.ArtifactsFolder);
            await host.SeedDemoDataAsync();
            var (caseId, stepId) = await host.OpenStepAsync(CaseNumber);

            // The seeded case's reminder is already due: the poller fires it and it arrives proactively, before the
            // user has asked for anything about it.
            var reminder = browser.Page.GetByText(new Regex("提醒：|Reminder: ")).First;
            await reminder.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            await browser.ScreenshotAsync("scenario-1-reminder");

            // "我的任务" answers with a card listing the reviewer's open steps. Proactive cards may arrive meanwhile, so
            // the list is found by content (it names more than one case), not as "the latest message".
            await browser.SendAsync("我的任务");
            var tasks = browser.BotMessages.Filter(new LocatorFilterOptions { HasText = Organization })
                .Filter(new LocatorFilterOptions { HasText = OtherCaseNumber }).Last;
            await tasks.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            await browser.ScreenshotAsync("scenario-2-my-tasks");

            // Open the task (verb step.show): the answer replaces the list with the step's card.
            var open = new LocatorGetByRoleOptions { NameRegex = new Regex("^(打开|Open)$") };
            var row = tasks.Locator("div")
                .Filter(new LocatorFilterOptions { HasText = Organization })
                .Filter(new LocatorFilterOptions { Has = browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = open.NameRegex }) })
                .Last;
            await row.GetByRole(AriaRole.Button, open).First.ClickAsync();

            // Step cards of other cases arrive proactively (the outbox tells every reviewer of every new application), so
            // the card to act on is the one naming this case that offers Accept; every later click stays inside it.
            var acceptName = new Regex("^(接受|Accept)$");
            var stepCard = browser.BotMessages.Filter(new LocatorFilterOptions { HasText = CaseNumber })
                .Filter(new LocatorFilterOptions { Has = browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = acceptName }) }).Last;
            var accept = stepCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = acceptName }).Last;
            await accept.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            await browser.ScreenshotAsync("scenario-3-step-card");

            // Accept unfolds the action's inputs (Action.ShowCard); its Submit (verb step.act, action accept) acts.
            await accept.ClickAsync();
            var submit = stepCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex("^(提交|Submit)$") }).First;
            await submit.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            await submit.ClickAsync();

            // The invoke's answer replaces the card with the outcome: who accepted, and when.
            await browser.BotMessages.Filter(new LocatorFilterOptions { HasText = CaseNumber })
                .Filter(new LocatorFilterOptions { HasTextRegex = new Regex("接受了|accepted") }).First
                .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            await browser.ScreenshotAsync("scenario-4-accepted");
            var @case = await WaitForAsync(async () =>
            {
                var c = await host.CaseAsync(caseId);
                var step = c.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == stepId);
                return step.GetProperty("status").GetString() == "Completed" ? c : (System.Text.Json.JsonElement?)null;
            });
            var review = @case.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == stepId);
            Assert.Equal("accepted", review.GetProperty("outcome").GetString());
            Assert.Equal("reviewer@demo.local", review.GetProperty("completedBy").GetString());
            Assert.NotEqual("ApplicationReview", @case.GetProperty("stage").GetString());

            Assert.True(await reminder.IsVisibleAsync()); // the reminder card stays in the chat beside the updated step card
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "the case did not change within 20 s");
            await Task.Delay(250);
        }
    }
}
