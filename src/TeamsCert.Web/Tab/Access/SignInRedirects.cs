using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using TeamsCert.Web.Edge;

namespace TeamsCert.Web.Tab.Access;

/// <summary>
/// Entra sends the browser back to <c>redirect_uri</c>; the OpenID Connect handler would build it from the request's
/// Host header, which a client can forge. Here it is built from <c>App:PublicBaseUrl</c> like every other address.
/// </summary>
public sealed class SignInRedirects(IOptions<PublicAddressOptions> address) : IPostConfigureOptions<OpenIdConnectOptions>
{
    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != TabSignIn.OpenIdScheme)
        {
            return;
        }

        var toEntra = options.Events.OnRedirectToIdentityProvider;
        options.Events.OnRedirectToIdentityProvider = async context =>
        {
            await toEntra(context);
            context.ProtocolMessage.RedirectUri = address.Value.For(options.CallbackPath.Value ?? "/signin-oidc").AbsoluteUri;
        };
        var signOut = options.Events.OnRedirectToIdentityProviderForSignOut;
        options.Events.OnRedirectToIdentityProviderForSignOut = async context =>
        {
            await signOut(context);
            context.ProtocolMessage.PostLogoutRedirectUri = address.Value.For(options.SignedOutCallbackPath.Value ?? "/signout-callback-oidc").AbsoluteUri;
        };
    }
}
