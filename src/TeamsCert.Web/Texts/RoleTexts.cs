using TeamsCert.Domain;
using TeamsCert.Domain.Texts;

namespace TeamsCert.Web.Texts;

/// <summary>What staff call each role code a step can wait on (the scheme files' <c>roles</c> codes; catalogue <c>role.*</c>).</summary>
public static class RoleTexts
{
    /// <summary>Every role code with a name (tests look for the codes on people's pages).</summary>
    public static IEnumerable<string> Codes => Catalogue.Codes("role");

    public static bool Has(string? role) => Catalogue.Find("role", role) is not null;

    /// <summary>The role's name; an unknown code is shown as it is.</summary>
    public static LocalizedText For(string? role) => Catalogue.Find("role", role) ?? new(role ?? "?", role ?? "?");
}
