using TeamsCert.Domain;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Cli;

/// <summary>Maps an error to the JSON error object and exit code the CLI promises (see <c>teamscert --help</c>).</summary>
public static class CliErrors
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int BadInput = 2;
    public const int RuleRefused = 3;
    public const int BadRuleData = 4;
    public const int IntegrityFailure = 5;

    public static (object Error, int ExitCode) From(Exception ex) => ex switch
    {
        JournalBrokenException e => (e.Report, IntegrityFailure),
        InvalidInputException e => (Wrap(new { kind = "invalidInput", field = e.Field, message = e.Message }), BadInput),
        RuleViolationException e => (Wrap(new { kind = "ruleViolation", ruleId = e.RuleId, field = e.Field, message = e.Message }), RuleRefused),
        RuleDataException e => (Wrap(new
        {
            kind = "ruleData",
            file = e.File,
            message = $"规则数据文件 {e.File} 无效 / rule data file {e.File} is invalid",
            errors = e.Errors.Select(x => new { path = x.JsonPath, message = x.Message }),
        }), BadRuleData),
        _ => (Wrap(new { kind = "unexpected", message = $"意外错误 / unexpected error: {ex.GetType().Name}: {ex.Message}" }), Unexpected),
    };

    private static object Wrap(object error) => new { error };
}
