using TeamsCert.Domain.Rules;

namespace TeamsCert.Infrastructure.Rules;

/// <summary>A rule-data file that cannot be used; the message names the file, each JSON path and what is wrong.</summary>
public sealed class RuleDataException(string file, IReadOnlyList<RuleDataError> errors)
    : Exception(Format(file, errors))
{
    public string File { get; } = file;

    public IReadOnlyList<RuleDataError> Errors { get; } = errors;

    private static string Format(string file, IReadOnlyList<RuleDataError> errors) =>
        $"Rule data file {file} is invalid ({errors.Count} problem(s)):" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => $"  {file}: {e.JsonPath}: {e.Message}"));
}
