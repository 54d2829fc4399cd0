using TeamsCert.Cli;

var exitCode = CliApp.Run(args, Console.Out, TimeProvider.System, Console.IsOutputRedirected);
return exitCode;
