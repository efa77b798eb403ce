namespace Cairn.Tests.Common;

/// <summary>Paths inside this repository, found from the test binary's location.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cairn.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Cairn.slnx was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding Cairn.slnx).</summary>
    public static string Root => s_root.Value;

    /// <summary>The built-in knowledge base folder.</summary>
    public static string Knowledge => Path.Combine(Root, "knowledge");
}
