namespace Cairn.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => CairnCli.RunAsync(args, Console.Out, Console.Error, CliTerminal.Detect());
}
