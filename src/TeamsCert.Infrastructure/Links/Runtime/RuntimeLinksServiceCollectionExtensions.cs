using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.Infrastructure.Links.Runtime;

/// <summary>Puts <see cref="ApplicantLinkOutboundSender"/> in front of whichever <see cref="IOutboundSender"/> is registered.</summary>
public static class RuntimeLinksServiceCollectionExtensions
{
    /// <summary>Call after the senders are registered (background work, bot); the last registration is the one wrapped.</summary>
    public static IHostApplicationBuilder AddTeamsCertRuntimeLinks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var last = services.LastOrDefault(d => d.ServiceType == typeof(IOutboundSender) && !d.IsKeyedService);
        if (last?.ImplementationType is not { } innerType)
        {
            throw new InvalidOperationException("AddTeamsCertRuntimeLinks needs an IOutboundSender registered by type before it.");
        }

        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IOutboundSender) && !services[i].IsKeyedService)
            {
                services.RemoveAt(i);
            }
        }

        services.Add(new ServiceDescriptor(innerType, innerType, last.Lifetime));
        services.AddScoped<RuntimeLinks>();
        services.AddSingleton<ReceiptMailer>();
        services.AddScoped<IOutboundSender>(sp => new ApplicantLinkOutboundSender(
            (IOutboundSender)sp.GetRequiredService(innerType), sp.GetRequiredService<RuntimeLinks>(), sp.GetRequiredService<ReceiptMailer>()));
        return builder;
    }
}
