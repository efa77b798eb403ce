using System.Text;
using Cairn.Core.Records;
using Cairn.Records.Fhir;

namespace Cairn.Records.Tests.Fhir;

/// <summary>Malformed input always fails with a <see cref="RecordImportException"/> whose message names the file and the problem.</summary>
public sealed class FhirRecordImporterBadInputTests
{
    private const string FileName = "upload.json";

    private readonly FhirRecordImporter _importer = new();

    private static RecordFile File(string json) => new(FileName, Encoding.UTF8.GetBytes(json));

    public static TheoryData<string, string, string> BadJson => new()
    {
        // case, content, expected part of the message
        { "malformed JSON", """{ "resourceType": "Patient", """, "is not valid JSON (line 1" },
        { "malformed JSON on a later line", "{\n  \"resourceType\": \"Patient\",\n  \"id\": \"a\" \"b\"\n}", "is not valid JSON (line 3" },
        { "empty object", "{}", "has no \"resourceType\"" },
        { "unknown resource type", """{"resourceType":"Nonsense"}""", "resourceType \"Nonsense\", which is not a FHIR R4 resource type" },
        { "resource type in the wrong case", """{"resourceType":"patient"}""", "resourceType \"patient\", which is not a FHIR R4 resource type" },
        { "resourceType that is not a string", """{"resourceType": 5}""", "\"resourceType\" is not a resource type name" },
        { "JSON array", """[{"resourceType":"Patient","id":"a"}]""", "is a JSON array, not a FHIR resource" },
        { "JSON string", "\"Patient\"", "is a single JSON value, not a FHIR resource" },
        { "plain text", "ER positive, PR negative, HER2 3+", "is not valid JSON" },
        { "Patient with a number for birthDate", """{"resourceType":"Patient","id":"p","birthDate":12345}""", "is not valid FHIR R4: integer 12345 is not the right type of literal for a date. At Patient.birthDate" },
        { "Patient with a string for name", """{"resourceType":"Patient","id":"p","name":"Jane Doe"}""", "Patient.name" },
        { "Patient with an impossible date", """{"resourceType":"Patient","id":"p","birthDate":"1965-13-45"}""", "'1965-13-45' is not a correct literal for a date" },
        { "Patient with an unknown element", """{"resourceType":"Patient","id":"p","favouriteColour":"blue"}""", "unknown element 'favouriteColour'" },
        { "invalid code", """{"resourceType":"Patient","id":"p","gender":"sometimes"}""", "'sometimes' is not a correct code" },
        { "unknown resource inside a Bundle", """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Nonsense"}}]}""", "unknown resource type 'Nonsense'" },
        { "bad value inside a Bundle entry", """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation","status":"final","code":{"text":"CA 27.29"},"valueQuantity":{"value":"high"}}}]}""", "At Bundle.entry[0].resource" },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public void GivenMalformedInput_WhenImporting_ThenRecordImportExceptionNamesTheFileAndTheProblem(string caseId, string content, string expected)
    {
        var error = Assert.Throws<RecordImportException>(() => _importer.Import(File(content)));

        Assert.True(error.Message.StartsWith($"'{FileName}' ", StringComparison.Ordinal), $"{caseId}: {error.Message}");
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{caseId}: expected '{expected}' in: {error.Message}");
        Assert.True(error.Message.Length < 800, $"{caseId}: message too long ({error.Message.Length})");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void GivenEmptyContent_WhenImporting_ThenTheMessageSaysTheFileIsEmpty(byte[] content)
    {
        var error = Assert.Throws<RecordImportException>(() => _importer.Import(new RecordFile(FileName, content)));

        Assert.Equal($"'{FileName}' is empty: there is no FHIR content to import.", error.Message);
    }

    [Fact]
    public void GivenBinaryJunk_WhenImporting_ThenItIsRejectedAsNotJson()
    {
        var junk = new byte[512];
        new Random(7).NextBytes(junk);
        junk[0] = 0x89; // a PNG-like start: never whitespace

        var error = Assert.Throws<RecordImportException>(() => _importer.Import(new RecordFile("scan.png", junk)));

        Assert.StartsWith("'scan.png' is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenManyProblems_WhenImporting_ThenTheMessageShowsTheFirstThreeAndCountsTheRest()
    {
        var json = """{"resourceType":"Patient","id":"p","a":1,"b":2,"c":3,"d":4,"e":5}""";

        var error = Assert.Throws<RecordImportException>(() => _importer.Import(File(json)));

        Assert.Contains("unknown element 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown element 'c'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown element 'd'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(and 2 more problems)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAnObservationMissingARequiredElement_WhenImporting_ThenItIsStillRead()
    {
        // Observation.status is required by FHIR; leaving it out loses nothing, so it does not fail the file.
        var json = """{"resourceType":"Observation","id":"o","code":{"coding":[{"system":"http://loinc.org","code":"48676-1"}]},"valueString":"Positive"}""";

        var result = _importer.Import(File(json));

        Assert.Equal("positive", Assert.Single(result.Facts, f => f.Kind == FactKind.Her2Status).Text);
    }

    [Fact]
    public void GivenAByteOrderMark_WhenImporting_ThenTheFileIsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"p","name":[{"family":"Example","given":["Sam"]}]}""")).ToArray();
        var file = new RecordFile(FileName, bytes);

        Assert.True(_importer.CanImport(file));
        Assert.Equal("Sam Example", Assert.Single(_importer.Import(file).Facts).Text);
    }

    public static TheoryData<string, bool> CanImportCases => new()
    {
        { """{"resourceType":"Patient"}""", true },
        { """  {"id":"x","resourceType":"Bundle"}""", true },
        { """{"resourceType":"Nonsense"}""", true }, // looks like FHIR; Import then says why it is not
        { "{}", false },
        { """{"resourceType": 3}""", false },
        { """[{"resourceType":"Patient"}]""", false },
        { "resourceType: Patient", false },
        { """{"resourceType":"Patient" """, false },
        { "", false },
    };

    [Theory]
    [MemberData(nameof(CanImportCases))]
    public void GivenContent_WhenAskingCanImport_ThenOnlyJsonObjectsWithAResourceTypeAreClaimed(string content, bool expected)
    {
        Assert.Equal(expected, _importer.CanImport(File(content)));
    }

    [Fact]
    public void GivenTheImporter_WhenAskedItsKind_ThenItIsFhirJson()
    {
        Assert.Equal(DocumentKind.FhirJson, _importer.Kind);
    }

    [Fact]
    public void GivenTheSyntheticBundleCutOrCorruptedAnywhere_WhenImporting_ThenOnlyRecordImportExceptionIsEverThrown()
    {
        var original = Cairn.Tests.Common.TestFiles.ReadBytes("fhir", "synthetic-her2-positive-bundle.json");
        var random = new Random(20260101);
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])original.Clone();
            var position = random.Next(bytes.Length);
            if (i % 2 == 0)
            {
                bytes = bytes[..position];
            }
            else
            {
                // Overwrite a few bytes with JSON-significant characters or letters.
                for (var k = 0; k < 3; k++)
                {
                    var replacements = "{}[]\":,0aZ-+ "u8;
                    bytes[Math.Min(bytes.Length - 1, position + k)] = replacements[random.Next(replacements.Length)];
                }
            }

            var thrown = Record.Exception(() => _importer.Import(new RecordFile("cut.json", bytes)));
            if (thrown is not null and not RecordImportException)
            {
                failures.Add($"{i} @ {position}: {thrown.GetType().Name}: {thrown.Message}");
            }
            else if (thrown is RecordImportException error && !error.Message.StartsWith("'cut.json' ", StringComparison.Ordinal))
            {
                failures.Add($"{i} @ {position}: message does not name the file: {error.Message}");
            }
        }

        Assert.Empty(failures);
    }
}
