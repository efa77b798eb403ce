namespace Cairn.Tests.Common;

/// <summary>
/// Locates the shared data sets (<c>../shared/data</c> next to the repository) that tests may read.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The full path of <c>shared/data</c>, or null when it is not on this machine.</summary>
    public static string? Root => s_root.Value;

    /// <summary>The reason to give when a test is skipped because the data is absent.</summary>
    public const string MissingMessage =
        "../shared/data is not present next to the repository; this test reads the shared public data sets.";

    /// <summary>A path under shared/data, or null when shared/data is absent.</summary>
    public static string? PathOf(params string[] parts) =>
        Root is null ? null : Path.Combine([Root, .. parts]);

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CAIRN_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cairn.slnx")))
            {
                var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
