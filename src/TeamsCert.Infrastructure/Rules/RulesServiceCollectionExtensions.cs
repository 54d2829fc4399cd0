using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsCert.Infrastructure.Rules;

/// <summary>Registers the rule data (schemes + calendar) for the web host.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Binds section <c>Rules</c>; operator folders default to <c>{App:DataFolder}/calendars</c> and
    /// <c>{App:DataFolder}/schemes</c> (data folder default: <c>data</c> under the content root).
    /// </summary>
    public static IHostApplicationBuilder AddTeamsCertRules(this IHostApplicationBuilder builder)
    {
        var dataFolder = Path.GetFullPath(builder.Configuration["App:DataFolder"] ?? "data", builder.Environment.ContentRootPath);
        builder.Services.AddOptions<RulesOptions>()
            .Bind(builder.Configuration.GetSection(RulesOptions.Section))
            .PostConfigure(o =>
            {
                // The default operator folders are created so operators can see where new files go;
                // a folder configured explicitly must already exist (a typo there is an error, not an empty folder).
                o.CalendarsPath ??= Directory.CreateDirectory(Path.Combine(dataFolder, "calendars")).FullName;
                o.SchemesPath ??= Directory.CreateDirectory(Path.Combine(dataFolder, "schemes")).FullName;
            })
            .Validate(o => Directory.Exists(o.BuiltInPath), "Rules:BuiltInPath must be an existing folder with schemes/ and calendars/")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new Lazy<RulesRuntime>(() => RulesLoader.Load(sp.GetRequiredService<IOptions<RulesOptions>>().Value)));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Lazy<RulesRuntime>>().Value);
        builder.Services.AddHostedService<RulesStartupCheck>();
        return builder;
    }
}
