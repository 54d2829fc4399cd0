namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>Who at the applicant organisation receives the body's links and notices (附录A A.1 联系人, 联系电话, 电子邮箱).</summary>
public sealed class ApplicantContactFacts
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    /// <summary>Where shared links are e-mailed; null when the applicant gave none (staff then copy the link).</summary>
    public string? Email { get; set; }
}
