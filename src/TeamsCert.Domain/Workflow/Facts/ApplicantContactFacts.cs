using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>Who at the applicant organisation receives the body's links and notices (附录A A.1 联系人, 联系电话, 电子邮箱).</summary>
public sealed class ApplicantContactFacts
{
    [JsonInclude]
    public string? Name { get; internal set; }

    [JsonInclude]
    public string? Phone { get; internal set; }

    /// <summary>Where shared links are e-mailed; null when the applicant gave none (staff then copy the link).</summary>
    [JsonInclude]
    public string? Email { get; internal set; }
}
