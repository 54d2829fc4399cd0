using System.Text.Json.Serialization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// The <c>$.auditTime</c> section of a scheme rule set. The JSON <c>method</c> property (which must come first
/// unless the serializer allows out-of-order metadata) selects <see cref="PersonnelTableAuditTime"/>
/// (<c>personnelTable</c>) or <see cref="FixedDaysAuditTime"/> (<c>fixedDays</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "method")]
[JsonDerivedType(typeof(PersonnelTableAuditTime), "personnelTable")]
[JsonDerivedType(typeof(FixedDaysAuditTime), "fixedDays")]
public abstract record AuditTimeRules : IValidatableRuleData
{
    public abstract void Validate(RuleDataValidation validation, string jsonPath);
}
