using System.Net.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Registers the shared-link use cases and the link mailer (section <c>Smtp</c>, checked at start).</summary>
public static class LinksServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddTeamsCertLinks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection(SmtpOptions.Section))
            .Validate(o => !o.IsConfigured || MailAddress.TryCreate(o.From, out _), "Smtp:From must be an e-mail address when Smtp:Host is set")
            .Validate(o => o.Port is > 0 and <= 65535, "Smtp:Port must be 1 to 65535")
            .Validate(o => string.IsNullOrEmpty(o.UserName) || !string.IsNullOrEmpty(o.Password), "Smtp:Password is required with Smtp:UserName")
            .ValidateOnStart();
        builder.Services.AddSingleton<ILinkMailer, SmtpLinkMailer>();
        builder.Services.AddScoped<CreateSharedLink>();
        builder.Services.AddScoped<RevokeSharedLink>();
        builder.Services.AddScoped<SendSharedLink>();
        builder.Services.AddScoped<SharedLinkResolver>();
        return builder;
    }
}
