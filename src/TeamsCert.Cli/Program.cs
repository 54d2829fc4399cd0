namespace TeamsCert.Cli;

/// <summary>The <c>teamscert</c> entry point.</summary>
public static class Program
{
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, TimeProvider.System, Console.IsOutputRedirected);
}
