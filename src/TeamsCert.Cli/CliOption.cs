namespace TeamsCert.Cli;

/// <summary>One <c>--name VALUE</c> option of a command, as shown in its help.</summary>
public sealed record CliOption(string Name, string Value, string Help, bool Required = true);
