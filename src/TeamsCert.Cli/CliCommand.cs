namespace TeamsCert.Cli;

/// <summary>A command of the operator CLI: its words, help and the handler that returns the JSON result object.</summary>
public sealed record CliCommand(
    string Path,
    string Summary,
    IReadOnlyList<CliOption> Options,
    Func<CliArguments, CliContext, object> Run,
    string Example,
    string? Positional = null);
