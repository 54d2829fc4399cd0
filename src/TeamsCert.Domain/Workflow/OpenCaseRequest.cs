namespace TeamsCert.Domain.Workflow;

/// <summary>What an application brings: the scheme, the organisation, its effective personnel, sites and scope.</summary>
public sealed record OpenCaseRequest(string Scheme, string Organization, int Personnel, int Sites, string Scope)
{
    /// <summary>The organisation's 统一社会信用代码, when given (checked by <see cref="Organizations.UnifiedSocialCreditCode"/>).</summary>
    public string? OrganizationCode { get; init; }

    public void Validate()
    {
        PlainText.Ensure(InputLimits.Organization, Organization?.Trim());
        PlainText.Ensure(InputLimits.Scope, Scope?.Trim());
        PlainText.Ensure("organizationCode", OrganizationCode);
        if (OrganizationCode is { } code && !string.IsNullOrWhiteSpace(code))
        {
            Organizations.UnifiedSocialCreditCode.Normalize(code, "organizationCode");
        }

        if (string.IsNullOrWhiteSpace(Organization))
        {
            throw new InvalidInputException("organization", "请填写申请组织名称 / organization is required");
        }

        InputLimits.Personnel.Ensure(Personnel);
        InputLimits.Sites.Ensure(Sites);

        if (string.IsNullOrWhiteSpace(Scope))
        {
            throw new InvalidInputException("scope", "请填写申请认证范围 / scope is required");
        }
    }
}
