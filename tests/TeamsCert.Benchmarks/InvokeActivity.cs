namespace TeamsCert.Benchmarks;

/// <summary>
/// An <c>invoke</c> activity named <c>adaptiveCard/action</c> shaped like the ones Teams (and the Agents Playground) send
/// when a user presses an Action.Execute button in a personal chat with the bot.
/// </summary>
internal static class InvokeActivity
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";
    private const string Bot = "00000000-0000-0000-0000-00000000000011";

    public static object Create(string userId, Uri serviceUrl, string verb, Guid caseId, Guid stepId) => new
    {
        type = "invoke",
        name = "adaptiveCard/action",
        id = Guid.NewGuid().ToString(),
        timestamp = DateTimeOffset.UtcNow,
        channelId = "msteams",
        serviceUrl = serviceUrl.ToString().TrimEnd('/'),
        from = new { id = userId, name = userId, aadObjectId = Guid.NewGuid().ToString() },
        recipient = new { id = Bot, name = "TeamsCert" },
        conversation = new { id = $"personal-{userId}", conversationType = "personal", tenantId = Tenant },
        channelData = new { tenant = new { id = Tenant } },
        locale = "zh-CN",
        replyToId = "1700000000000",
        value = new { action = new { type = "Action.Execute", verb, data = new { caseId, stepId } } },
    };
}
