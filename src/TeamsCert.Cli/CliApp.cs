using TeamsCert.Cli.Commands;
using TeamsCert.Domain;

namespace TeamsCert.Cli;

/// <summary>Dispatches a command line to its command and prints exactly one JSON object (or the help text).</summary>
public static class CliApp
{
    public static IReadOnlyList<CliCommand> Commands { get; } =
    [
        .. CalendarCommands.All,
        .. AuditTimeCommand.All,
        .. ScoreCommand.All,
        .. CertificateCommands.All,
        .. ModesCommand.All,
        .. DeadlineCommands.All,
        .. SchemeCommands.All,
        .. JournalCommands.All,
        .. DemoCommands.All,
        .. TimerCommands.All,
        .. ManifestCommands.All,
    ];

    public static int Run(IReadOnlyList<string> argv, TextWriter stdout, TimeProvider time, bool redirected)
    {
        var indented = !redirected;
        try
        {
            var args = new CliArguments(argv);
            indented = args.Flag("pretty") || (!args.Flag("compact") && !redirected);
            var command = Match(args.Words);
            if (command is null || args.Flag("help"))
            {
                if (command is null && args.Words.Count > 0)
                {
                    throw new InvalidInputException("command", $"未知命令“{string.Join(' ', args.Words)}”，请运行 teamscert --help / unknown command \"{string.Join(' ', args.Words)}\"; run teamscert --help");
                }

                stdout.Write(command is null ? CliHelp.Overview(Commands) : CliHelp.ForCommand(command));
                return CliErrors.Ok;
            }

            args.CommandLength = command.Path.Split(' ').Length;
            var allowed = args.CommandLength + (command.Positional is null ? 0 : 1);
            if (args.Words.Count > allowed)
            {
                throw new InvalidInputException("command", $"多余的参数“{args.Words[allowed]}” / unexpected argument \"{args.Words[allowed]}\"");
            }

            var result = command.Run(args, new CliContext(args, time));
            if (args.Unused().FirstOrDefault() is { } unknown)
            {
                throw new InvalidInputException(unknown, $"命令 {command.Path} 没有选项 --{unknown} / {command.Path} has no option --{unknown}");
            }

            stdout.WriteLine(CliOutput.Serialize(result, indented));
            return CliErrors.Ok;
        }
        catch (Exception ex)
        {
            var (error, code) = CliErrors.From(ex);
            stdout.WriteLine(CliOutput.Serialize(error, indented));
            return code;
        }
    }

    private static CliCommand? Match(IReadOnlyList<string> words) =>
        Commands
            .Where(c => c.Path.Split(' ') is var parts && parts.Length <= words.Count && parts.SequenceEqual(words.Take(parts.Length)))
            .MaxBy(c => c.Path.Length);
}
