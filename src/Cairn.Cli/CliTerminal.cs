namespace Cairn.Cli;

/// <summary>What the output is connected to: a terminal gets colour and progress bars; a pipe or a test gets plain text.</summary>
/// <param name="Interactive">True when stdout is a terminal.</param>
/// <param name="Width">Columns to wrap at.</param>
public sealed record CliTerminal(bool Interactive, int Width)
{
    public static CliTerminal Plain { get; } = new(false, 100);

    public static CliTerminal Detect()
    {
        var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var width = 100;
        if (interactive)
        {
            try
            {
                width = Math.Clamp(Console.WindowWidth, 40, 120);
            }
            catch (IOException)
            {
            }
        }

        return new CliTerminal(interactive, width);
    }
}
