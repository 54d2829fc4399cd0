using TeamsCert.Domain;

namespace TeamsCert.Infrastructure.Body;

/// <summary>
/// Who the operator is (configuration section <c>Body</c>): the certification body's name, logo, address, telephone,
/// e-mail and accreditation, shown on the portal, the register, the cards and the certificate. Outside Development the
/// name and at least one way to reach the body (telephone or e-mail) are required; Development shows a demo body.
/// </summary>
public sealed class CertificationBody
{
    public const string Section = "Body";

    /// <summary>The body's Chinese name, e.g. 某某认证有限公司 (required).</summary>
    public string? Name { get; set; }

    /// <summary>The English name; the Chinese name is shown when empty.</summary>
    public string? NameEn { get; set; }

    /// <summary>The address in Chinese; <see cref="AddressEn"/> for English pages.</summary>
    public string? Address { get; set; }

    public string? AddressEn { get; set; }

    public string? Telephone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    /// <summary>The body's approval / accreditation, e.g. <c>CNCA-R-2021-001</c> or a CNAS number, printed as it is.</summary>
    public string? AccreditationNumber { get; set; }

    /// <summary>
    /// The logo: an https address, or a PNG/SVG/JPEG file under <c>{App:DataFolder}</c> (served at <c>/body/logo</c>).
    /// No logo is shown when empty.
    /// </summary>
    public string? Logo { get; set; }

    public static CertificationBody DevelopmentDefault() => new()
    {
        Name = "示例服务认证中心（演示）",
        NameEn = "Demo Service Certification Centre",
        Address = "北京市朝阳区示例路 1 号",
        AddressEn = "1 Example Road, Chaoyang, Beijing",
        Telephone = "010-0000 0000",
        Email = "certification@demo.local",
        AccreditationNumber = "CNCA-R-0000-000（演示）",
    };

    public bool IsComplete => !string.IsNullOrWhiteSpace(Name)
        && (!string.IsNullOrWhiteSpace(Telephone) || !string.IsNullOrWhiteSpace(Email));

    public string DisplayName(bool chinese) =>
        !chinese && !string.IsNullOrWhiteSpace(NameEn) ? NameEn! : Name ?? "";

    public string? DisplayAddress(bool chinese) =>
        !chinese && !string.IsNullOrWhiteSpace(AddressEn) ? AddressEn : Address;

    /// <summary>"电话 … · 邮箱 …" in the page's language, the ways an applicant or the public reaches the body.</summary>
    public string ContactLine(bool chinese)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Telephone))
        {
            parts.Add((chinese ? "电话 " : "Tel. ") + Telephone);
        }

        if (!string.IsNullOrWhiteSpace(Email))
        {
            parts.Add((chinese ? "邮箱 " : "E-mail ") + Email);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>"认可/批准号 …" in the page's language, or null when none is configured.</summary>
    public string? AccreditationLine(bool chinese) =>
        string.IsNullOrWhiteSpace(AccreditationNumber) ? null : (chinese ? "批准号：" : "Approval no. ") + AccreditationNumber;

    /// <summary>The logo is a URL (shown as it is) rather than a file of the data folder.</summary>
    public bool LogoIsUrl => Logo is not null && Uri.TryCreate(Logo, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    internal IEnumerable<string> Problems(bool development)
    {
        if (!development && !IsComplete)
        {
            yield return "Body:Name and Body:Telephone or Body:Email are required outside Development: applicants and the public must see who certifies and how to reach them.";
        }

        foreach (var (key, value) in new[] { ("Name", Name), ("NameEn", NameEn), ("Address", Address), ("AddressEn", AddressEn), ("Telephone", Telephone), ("Email", Email), ("AccreditationNumber", AccreditationNumber) })
        {
            if (value is not null && (value.Length > 200 || value.Any(c => char.IsControl(c) || PlainText.IsInvisibleFormat(c))))
            {
                yield return $"Body:{key} must be plain text of at most 200 characters.";
            }
        }

        if (Logo is { Length: > 0 } logo && !LogoIsUrl
            && (Path.IsPathRooted(logo) || logo.Contains("..", StringComparison.Ordinal)
                || !new[] { ".png", ".svg", ".jpg", ".jpeg" }.Contains(Path.GetExtension(logo).ToLowerInvariant())))
        {
            yield return "Body:Logo must be an https address or a .png/.svg/.jpg file name under App:DataFolder.";
        }
    }
}
