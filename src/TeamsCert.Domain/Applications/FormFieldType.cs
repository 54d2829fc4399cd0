namespace TeamsCert.Domain.Applications;

/// <summary>How a field of the application form is entered and checked.</summary>
public enum FormFieldType
{
    Text,
    MultilineText,
    WholeNumber,
    Date,
    Email,
    Phone,

    /// <summary>统一社会信用代码 (GB 32100-2015), checked with its check character.</summary>
    CreditCode,

    /// <summary>A statement the applicant must tick (the declaration, 附录A A.6); its only accepted value is <c>true</c>.</summary>
    Consent,
}
