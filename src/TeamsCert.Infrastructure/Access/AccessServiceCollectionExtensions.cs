using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TeamsCert.Infrastructure.Access;

/// <summary>Registers the one case-access gate that every surface calls.</summary>
public static class AccessServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddTeamsCertCaseAccess(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CaseAccessGate>();
        return builder;
    }
}
