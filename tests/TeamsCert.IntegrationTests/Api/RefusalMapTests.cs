using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Errors;

namespace TeamsCert.IntegrationTests.Api;

/// <summary>The one refusal map: each kind of refusal gets one status and one id, and the bot's card shows that same id.</summary>
public sealed class RefusalMapTests
{
    private static readonly CardCase _case = new(Guid.NewGuid(), "TEL-2025-0001", "北京示例呼叫中心有限公司", "TEL", CaseStage.ApplicationReview);

    public static TheoryData<string, int, string, string?> Cases => new()
    {
        { "input", 400, RefusalMap.InputId, "data.reason" },
        { "stored-value", 400, RefusalMap.InputId, null },
        { "too-large", 413, RefusalMap.InputId, "file" },
        { "actor", 403, "DOC-ACCESS", null },
        { "case-missing", 404, RefusalMap.NotFoundId, null },
        { "rule", 409, "TEL-D03", "data.decidedOn" },
        { "decided", 409, RefusalMap.AlreadyDecidedId, null },
        { "not-ready", 409, RefusalMap.NotReadyId, null },
        { "key-reused", 409, RefusalMap.ConflictId, "idempotencyKey" },
        { "lost-race", 409, RefusalMap.ConflictId, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_EachKindOfRefusal_OneStatusOneIdAndTheField(string kind, int status, string id, string? field)
    {
        var refusal = RefusalMap.From(Error(kind))!;

        Assert.Equal((status, id, field), (refusal.Status, refusal.Id, refusal.Field));
        Assert.Contains("/", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BotCard_EachKindOfRefusal_ShowsTheMapsId(string kind, int status, string id, string? field)
    {
        _ = (status, field);
        var card = Refusals.From(Error(kind), _case)!;

        Assert.Equal(status == 404 ? Refusals.NotFoundId : id, card.RuleId);
    }

    [Fact]
    public void From_AnythingElse_IsNotARefusal()
    {
        Assert.Null(RefusalMap.From(new InvalidOperationException("internal detail")));
        Assert.Null(Refusals.From(new InvalidOperationException("internal detail"), _case));
    }

    [Fact]
    public void Text_LedByTheRuleIdOrFieldOnce()
    {
        var rule = RefusalMap.From(new RuleViolationException("TEL-D03", "TEL-D03：已超过期限 / TEL-D03: past the deadline"))!;
        var input = RefusalMap.From(new InvalidInputException("organization", "请填写申请组织名称 / organization is required"))!;

        Assert.Equal("TEL-D03：已超过期限 / TEL-D03: past the deadline", rule.Text);
        Assert.Equal("organization: 请填写申请组织名称 / organization is required", input.Text);
    }

    private static Exception Error(string kind) => kind switch
    {
        "input" => new InvalidInputException("data.reason", "请填写理由 / data.reason is required"),
        "stored-value" => new StoredValueRejectedException("invalid byte sequence", new InvalidOperationException()),
        "too-large" => new DocumentTooLargeException(1024),
        "actor" => new ActorNotAllowedException("DOC-ACCESS", "DOC-ACCESS：无权访问 / DOC-ACCESS: not allowed"),
        "case-missing" => new CaseNotFoundException(Guid.NewGuid()),
        "rule" => new RuleViolationException("TEL-D03", "已超过期限 / past the deadline", "data.decidedOn"),
        "decided" => new StepAlreadyDecidedException(Guid.NewGuid(), "reviewer@demo.local", DateTimeOffset.UnixEpoch, "accepted"),
        "not-ready" => new StepNotReadyException("surveillance-team-acceptance", "请先完成组员确认 / the team must accept first"),
        "key-reused" => new IdempotencyKeyReusedException(),
        "lost-race" => new ConcurrencyConflictException(Guid.NewGuid(), new InvalidOperationException()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
