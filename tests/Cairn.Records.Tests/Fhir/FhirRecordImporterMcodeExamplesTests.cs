using System.Text.RegularExpressions;
using Cairn.Core.Records;
using Cairn.Records.Fhir;
using Cairn.Tests.Common;

namespace Cairn.Records.Tests.Fhir;

public sealed partial class FhirRecordImporterMcodeExamplesTests
{
    private const string FolderMissing = "(shared data missing)";

    private readonly FhirRecordImporter _importer = new();

    // One row per file in json-examples; a single placeholder row (skipped) when the shared data is absent, because
    // a theory without rows fails.
    public static TheoryData<string> ExampleFiles()
    {
        var names = McodeExamples.FileNames();
        return names.Count == 0 ? new TheoryData<string>(FolderMissing) : new TheoryData<string>(names);
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z]+/\S+$")]
    private static partial Regex ResourceIdShape();

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void GivenEveryMcodeExample_WhenImporting_ThenItImportsOrFailsWithAMessageNamingFileAndProblem(string fileName)
    {
        Assert.SkipWhen(fileName == FolderMissing, SharedData.MissingMessage);
        var file = McodeExamples.Load(fileName);

        var thrown = Record.Exception(() => _importer.Import(file));

        if (fileName == McodeExamples.PackageManifest)
        {
            // The IG's package manifest is JSON but not FHIR.
            var error = Assert.IsType<RecordImportException>(thrown);
            Assert.Contains(fileName, error.Message, StringComparison.Ordinal);
            Assert.Contains("resourceType", error.Message, StringComparison.Ordinal);
            Assert.False(_importer.CanImport(file));
            return;
        }

        // Any failure must be a RecordImportException naming the file; none happens for the example resources.
        Assert.True(thrown is null, $"{fileName} failed: {thrown?.GetType().Name}: {thrown?.Message}");
        Assert.True(_importer.CanImport(file));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void GivenEveryMcodeExample_WhenImported_ThenEveryFactCarriesFullProvenance(string fileName)
    {
        Assert.SkipWhen(fileName == FolderMissing, SharedData.MissingMessage);
        Assert.SkipWhen(fileName == McodeExamples.PackageManifest, "the manifest is not FHIR (covered above)");

        var result = _importer.Import(McodeExamples.Load(fileName));

        Assert.Equal(DocumentKind.FhirJson, result.Kind);
        foreach (var fact in result.Facts)
        {
            Assert.Equal(fileName, fact.Provenance.Document);
            Assert.Null(fact.Provenance.Page);
            Assert.Equal(1, fact.Provenance.Line); // the IG's JSON files are one line each
            Assert.Matches(ResourceIdShape(), fact.Provenance.ResourceId ?? "");
            Assert.InRange(fact.Provenance.MatchedText.Length, 1, 200);
            Assert.Equal(fact.Provenance.MatchedText.Trim(), fact.Provenance.MatchedText);
            Assert.All(fact.Codes, code => Assert.Contains('|', code));
            Assert.True(fact.Text is not null || fact.Number is not null, $"{fact.Kind} from {fact.Provenance.ResourceId} has neither text nor number");
        }

        Assert.All(result.Warnings, warning => Assert.False(string.IsNullOrWhiteSpace(warning)));
    }

    [Fact]
    public void GivenTheSharedExamplesFolder_WhenListed_ThenAll179ExamplesAndTheManifestArePresent()
    {
        Assert.SkipWhen(McodeExamples.Folder is null, SharedData.MissingMessage);

        var names = McodeExamples.FileNames();

        Assert.Equal(McodeExamples.ExampleResourceCount, names.Count(name => name != McodeExamples.PackageManifest));
        Assert.Contains(McodeExamples.PackageManifest, names);
    }
}
