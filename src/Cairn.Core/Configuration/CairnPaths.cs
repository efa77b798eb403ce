namespace Cairn.Core.Configuration;

/// <summary>Where Cairn keeps user data (database, index cache, ingested sources): one folder.</summary>
public static class CairnPaths
{
    /// <summary>The environment variable that overrides the data folder.</summary>
    public const string HomeVariable = "CAIRN_HOME";

    /// <summary>
    /// The data folder: <c>CAIRN_HOME</c> if set and not blank, else the platform's user data folder
    /// (<c>$XDG_DATA_HOME/cairn</c> or <c>~/.local/share/cairn</c> on Linux, <c>%LOCALAPPDATA%\Cairn</c> on Windows).
    /// The folder is not created here.
    /// </summary>
    public static string ResolveHome()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var dataRoot = Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(dataRoot))
        {
            dataRoot = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataRoot, OperatingSystem.IsWindows() ? "Cairn" : "cairn");
    }
}
