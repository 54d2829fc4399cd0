using TeamsCert.Domain.Texts;

namespace TeamsCert.Domain.Links;

/// <summary>What each purpose is called and what the applicant is asked to do (catalogue <c>purpose.*</c>).</summary>
public static class LinkPurposeTexts
{

    public static bool Has(string purpose) => Catalogue.Find("purpose", purpose) is not null;

    public static LocalizedText Title(string purpose) => Catalogue.Get($"purpose.{purpose}");

    public static LocalizedText Ask(string purpose) => Catalogue.Get($"purpose.{purpose}.ask");
}
