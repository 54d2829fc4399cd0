using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Certificates;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>Registers the runtime's database and the use cases that work on cases.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Section <c>Database</c> (<c>Provider</c> = Sqlite | Postgres) and <c>ConnectionStrings:TeamsCert</c>; without a
    /// connection string SQLite uses <c>{App:DataFolder}/teamscert.db</c>. Postgres without one fails at start.
    /// </summary>
    public static IHostApplicationBuilder AddTeamsCertDatabase(this IHostApplicationBuilder builder)
    {
        var dataFolder = Path.GetFullPath(builder.Configuration["App:DataFolder"] ?? "data", builder.Environment.ContentRootPath);
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o => o.ConnectionString ??= builder.Configuration.GetConnectionString("TeamsCert")
                ?? (o.Provider == "Sqlite" ? $"Data Source={Path.Combine(dataFolder, "teamscert.db")}" : null))
            .Validate(o => o.Provider is "Sqlite" or "Postgres", "Database:Provider must be Sqlite or Postgres")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "ConnectionStrings:TeamsCert is required when Database:Provider is Postgres")
            .ValidateOnStart();
        builder.Services.AddDbContext<TeamsCertDbContext>((sp, options) =>
            TeamsCertDatabase.Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped(sp => new CaseStore(sp.GetRequiredService<TeamsCertDbContext>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<RulesRuntime>()?.Schemes));
        builder.Services.AddScoped<ICertificateSequence, CertificateSequence>();
        var staffFile = Path.Combine(dataFolder, "staff.json");
        builder.Services.AddSingleton(_ => StaffDirectoryFile.Load(staffFile)
            ?? (builder.Environment.IsDevelopment() ? DemoStaffDirectory.Instance : InMemoryStaffDirectory.Empty));
        var demoUsers = builder.Environment.IsDevelopment() && !File.Exists(staffFile);
        builder.Services.AddSingleton(sp => new StaffRoster(sp.GetRequiredService<IStaffDirectory>(), demoUsers));
        // The workflow decides who may hold a step from the roster: the directory with everyone's roles.
        builder.Services.AddScoped(sp => new CaseActions(sp.GetRequiredService<CaseStore>(), sp.GetRequiredService<RulesRuntime>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<StaffRoster>(), sp.GetService<ICertificateSequence>()));
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<DueDateRefreshAtStartup>();
        return builder;
    }
}
