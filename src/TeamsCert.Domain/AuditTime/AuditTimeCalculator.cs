using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// Plans audit time for one scheme from its <c>$.auditTime</c> rules and the audit-time policy switches,
/// returning the figures with a justification that can be kept on record.
/// </summary>
public sealed class AuditTimeCalculator
{
    private readonly AuditTimeRules _rules;
    private readonly AuditTimePolicies _policies;

    /// <exception cref="ArgumentException">The rules do not pass <see cref="AuditTimeRules.Validate"/>.</exception>
    public AuditTimeCalculator(AuditTimeRules rules, AuditTimePolicies? policies = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var validation = new RuleDataValidation();
        rules.Validate(validation, "$.auditTime");
        if (!validation.IsValid)
        {
            throw new ArgumentException("Invalid audit-time rules: " + string.Join("; ", validation.Errors), nameof(rules));
        }

        _rules = rules;
        _policies = policies ?? AuditTimePolicies.Default;
    }

    /// <exception cref="InvalidInputException">Personnel or sites below 1 (field <c>personnel</c> / <c>sites</c>).</exception>
    /// <exception cref="RuleViolationException">A-15: personnel outside the table; a manual figure must be recorded.</exception>
    public AuditTimeResult Calculate(AuditTimeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Kind))
        {
            throw new InvalidInputException("kind", Bilingual.Message("未知的审核类型", "Unknown audit kind"));
        }

        if (request.EffectivePersonnel < 1)
        {
            throw new InvalidInputException("personnel", Bilingual.Message("有效人数必须至少为 1", "Effective personnel must be at least 1"));
        }

        if (request.Sites < 1)
        {
            throw new InvalidInputException("sites", Bilingual.Message("场所数必须至少为 1", "The number of sites must be at least 1"));
        }

        return _rules switch
        {
            PersonnelTableAuditTime table => new PersonnelTableCalculation(table, _policies, request).Run(),
            FixedDaysAuditTime fixedDays => FixedDaysCalculation.Run(fixedDays, request),
            _ => throw new NotSupportedException($"Audit-time method {_rules.GetType().Name} is not supported."),
        };
    }
}
