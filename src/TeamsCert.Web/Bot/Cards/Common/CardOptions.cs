using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>Settings of the cards: the app's public address, which follows <c>App:PublicBaseUrl</c>.</summary>
public sealed class CardOptions
{
    /// <summary>The public address of the app (the tab's host), e.g. <c>https://teamscert.example.cn/</c> (<c>App:PublicBaseUrl</c>).</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new(Edge.PublicAddressOptions.DevelopmentDefault);

    /// <summary>The case's documents in the Teams tab: <c>{PublicBaseUrl}/tab/cases/{caseId}</c>.</summary>
    public Uri CaseDocumentsUrl(Guid caseId) =>
        new(PublicBaseUrl.AbsoluteUri.TrimEnd('/') + string.Create(CultureInfo.InvariantCulture, $"/tab/cases/{caseId:D}"));
}
