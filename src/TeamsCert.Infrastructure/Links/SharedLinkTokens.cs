using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TeamsCert.Infrastructure.Links;

/// <summary>
/// Link tokens: 32 random bytes, base64url (43 characters) in the URL; stored as the SHA-256 of the token's text. The
/// text is hashed, not the decoded bytes, so a changed last character (which base64 decoding may ignore) never matches.
/// </summary>
public static class SharedLinkTokens
{
    public const int Length = 43;

    public static (string Token, string Hash) New()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when the text could be a token at all, so junk never reaches the database.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
