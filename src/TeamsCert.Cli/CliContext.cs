using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Cli;

/// <summary>
/// What commands share: the rule data, loaded on first use from the built-in folder plus the operator folders named
/// by <c>--calendars</c>/<c>--schemes</c> or the TEAMSCERT_CALENDARS/TEAMSCERT_SCHEMES environment variables.
/// </summary>
public sealed class CliContext
{
    private readonly Lazy<RulesRuntime> _rules;

    public CliContext(CliArguments args, TimeProvider time)
    {
        Options = new RulesOptions
        {
            CalendarsPath = args.Optional("calendars") ?? Environment.GetEnvironmentVariable("TEAMSCERT_CALENDARS"),
            SchemesPath = args.Optional("schemes") ?? Environment.GetEnvironmentVariable("TEAMSCERT_SCHEMES"),
        };
        Time = time;
        _rules = new Lazy<RulesRuntime>(() => RulesLoader.Load(Options));
    }

    public RulesOptions Options { get; }

    public TimeProvider Time { get; }

    public RulesRuntime Rules => _rules.Value;
}
