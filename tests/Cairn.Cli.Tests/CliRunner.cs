using Cairn.Tests.Common;

namespace Cairn.Cli.Tests;

/// <summary>Runs the <c>cairn</c> command in-process against a fresh data folder and captures its output.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly TempCairnHome _home = new();

    public string Home => _home.Path;

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CairnCli.RunAsync(args, stdout, stderr, CliTerminal.Plain, options => options.Home = _home.Path);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _home.Dispose();
}
