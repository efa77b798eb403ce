namespace Cairn.Cli;

/// <summary>Process exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something went wrong inside Cairn (a bug or an environment failure).</summary>
    public const int InternalError = 1;

    /// <summary>The input was bad: a usage error, an empty or too long question, a missing or unreadable file.</summary>
    public const int BadInput = 2;
}
