namespace TeamsCert.Domain.Modes;

/// <summary>Which half of a service-certification mode an evaluation method belongs to (004 §5.2.1.1).</summary>
public enum ModeKind
{
    /// <summary>服务特性测评.</summary>
    CharacteristicTest,

    /// <summary>服务管理审核.</summary>
    ManagementAudit,

    /// <summary>Either half, e.g. G 服务能力确认或验证 (004 §5.2.1.7).</summary>
    Either,
}
