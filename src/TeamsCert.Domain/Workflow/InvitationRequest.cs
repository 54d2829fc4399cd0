namespace TeamsCert.Domain.Workflow;

/// <summary>
/// An invitation to apply: staff know the scheme and the organisation and send the applicant a link to the
/// application form; the form brings the rest (scope, size, contact).
/// </summary>
public sealed record InvitationRequest(string Scheme, string Organization)
{
    /// <summary>Where the application-form link is e-mailed; optional (staff may copy the link instead).</summary>
    public string? ContactEmail { get; init; }

    public string? ContactName { get; init; }

    public void Validate()
    {
        PlainText.Ensure(InputLimits.Organization, Organization?.Trim());
        PlainText.Ensure("contactName", ContactName?.Trim());
        PlainText.Ensure("contactEmail", ContactEmail?.Trim());
        if (string.IsNullOrWhiteSpace(Organization))
        {
            throw new InvalidInputException("organization", "请填写申请组织名称 / organization is required");
        }

        if (!string.IsNullOrWhiteSpace(ContactEmail) && !TeamsCert.Domain.Applications.ApplicationFormDefinition.IsEmail(ContactEmail.Trim()))
        {
            throw new InvalidInputException("contactEmail", "不是有效的电子邮箱 / contactEmail is not an e-mail address");
        }
    }
}
