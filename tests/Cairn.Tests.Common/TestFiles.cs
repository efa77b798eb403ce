namespace Cairn.Tests.Common;

/// <summary>
/// Loads fixture files kept in <c>tests/Cairn.Tests.Common/TestFiles/</c> (copied next to every test binary).
/// Only synthetic, de-identified records live there.
/// </summary>
public static class TestFiles
{
    /// <summary>The folder holding the fixtures at run time.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestFiles");

    /// <summary>The full path of a fixture, e.g. <c>PathOf("reports", "synoptic-her2-positive.txt")</c>.</summary>
    /// <exception cref="FileNotFoundException">No such fixture.</exception>
    public static string PathOf(params string[] parts)
    {
        var path = Path.Combine([Folder, .. parts]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Test fixture '{Path.Combine(parts)}' is missing.", path);
    }

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    public static byte[] ReadBytes(params string[] parts) => File.ReadAllBytes(PathOf(parts));
}
