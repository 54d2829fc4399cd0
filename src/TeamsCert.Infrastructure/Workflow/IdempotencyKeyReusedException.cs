namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// An idempotency key already used for another case, step, person or action: answering with that earlier result
/// would tell the caller about someone else's work, and acting would break the key's promise, so it is refused (409).
/// </summary>
public sealed class IdempotencyKeyReusedException() : Exception(
    "该幂等键已用于其他案件、步骤、人员或操作，请换一个新键 / this idempotency key was already used for another case, step, person or action; use a new key")
{
    public const string Field = "idempotencyKey";
}
