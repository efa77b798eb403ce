using Cairn.Core.Records;
using Cairn.Tests.Common;

namespace Cairn.Records.Tests.Fhir;

/// <summary>The mCODE STU4 example files (CC0) in the shared data folder.</summary>
internal static class McodeExamples
{
    /// <summary>The IG ships 179 example resources plus its package manifest (_npm-package.json).</summary>
    public const int ExampleResourceCount = 179;

    public const string PackageManifest = "_npm-package.json";

    public const string JennyBundle = "Bundle-mcode-patient-bundle-jenny-m.json";

    /// <summary>The json-examples folder, or null when the shared data is not on this machine.</summary>
    public static string? Folder =>
        SharedData.PathOf("mcode", "json-examples") is { } folder && Directory.Exists(folder) ? folder : null;

    public static IReadOnlyList<string> FileNames() =>
        Folder is { } folder
            ? Directory.EnumerateFiles(folder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static RecordFile Load(string fileName) =>
        new(fileName, File.ReadAllBytes(Path.Combine(Folder ?? throw new InvalidOperationException(SharedData.MissingMessage), fileName)));
}
