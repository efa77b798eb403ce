using System.Text;
using Cairn.Core.Records;
using Cairn.Records.Text;
using Cairn.Tests.Common;

namespace Cairn.Records.Tests.Text;

public sealed class TextReportImporterTests
{
    private readonly TextReportImporter _importer = new();

    [Fact]
    public void GivenImporter_WhenAsked_ThenItsKindIsText()
    {
        Assert.Equal(DocumentKind.Text, _importer.Kind);
    }

    [Fact]
    public void GivenUtf8Report_WhenChecked_ThenItCanBeImported()
    {
        Assert.True(_importer.CanImport(new RecordFile("r.txt", TestFiles.ReadBytes("reports", "synoptic-cap-her2-positive.txt"))));
    }

    [Fact]
    public void GivenUtf8ReportWithByteOrderMark_WhenImported_ThenTheMarkIsNotPartOfTheFirstLine()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Patient: Alex Example\nER: positive (90%)\n")];

        var result = _importer.Import(new RecordFile("bom.txt", bytes));

        Assert.Equal("Alex Example", result.Facts.Single(FactKind.PatientName).Text);
        Assert.Equal("Patient: Alex Example", result.Facts.Single(FactKind.PatientName).Provenance.MatchedText);
    }

    [Fact]
    public void GivenLatin1Report_WhenImported_ThenItIsDecodedAsLatin1()
    {
        var bytes = Encoding.Latin1.GetBytes("Patient: Zoë Exámple\r\nCEA: 2.4 µg/L 2026-05-01\r\n");
        var file = new RecordFile("latin1.txt", bytes);

        Assert.True(_importer.CanImport(file));
        var result = _importer.Import(file);

        Assert.Equal("Zoë Exámple", result.Facts.Single(FactKind.PatientName).Text);
        var cea = result.Facts.Single(FactKind.Observation);
        Assert.Equal(("CEA", 2.4m, "ng/mL", 2), (cea.Text, cea.Number, cea.Unit, cea.Provenance.Line));
    }

    [Fact]
    public void GivenWindowsLineEndings_WhenImported_ThenLinesAreNumberedAsInAnEditor()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\r\n\r\nER: positive (90%)\r\n");

        var fact = _importer.Import(new RecordFile("crlf.txt", bytes)).Facts.Single(FactKind.ErStatus);

        Assert.Equal(3, fact.Provenance.Line);
        Assert.Equal("crlf.txt", fact.Provenance.Document);
        Assert.Null(fact.Provenance.Page);
    }

    [Fact]
    public void GivenTextWithNoReportValues_WhenImported_ThenResultWithNoFactsAndTheWarning()
    {
        var result = _importer.Import(new RecordFile("note.txt", Encoding.UTF8.GetBytes("Thank you for coming to clinic today.")));

        Assert.Empty(result.Facts);
        Assert.Equal(["note.txt: " + TextReportParser.NoValuesWarning], result.Warnings);
        Assert.Equal("no report values were recognised", TextReportParser.NoValuesWarning);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "'empty.txt' is empty: there is nothing to import." },
        { "blank.txt", Encoding.UTF8.GetBytes("  \r\n\t\n   \n"), "'blank.txt' contains only blank space: there is nothing to import." },
        { "nul.txt", [0x48, 0x45, 0x52, 0x32, 0x00, 0x33, 0x2B], "'nul.txt' is not a text report: it contains binary data." },
        { "controls.txt", [.. Encoding.ASCII.GetBytes("ER"), 0x01, 0x02, 0x03, 0x1B, 0x7F, 0x05, .. Encoding.ASCII.GetBytes(" positive")], "'controls.txt' is not a text report: it contains binary data." },
        { "utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ER: positive")], "'utf16.txt' is UTF-16 or UTF-32 text; Cairn reads text reports saved as UTF-8 (or Latin-1): save it as UTF-8 and import it again." },
        { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nnot really"), "'report.pdf' is a PDF, not a plain-text report." },
        { "bundle.json", Encoding.UTF8.GetBytes("  {\"resourceType\": \"Bundle\"}"), "'bundle.json' looks like JSON (a FHIR file?), not a plain-text report." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void GivenFileThatIsNotATextReport_WhenImported_ThenRecordImportExceptionNamesFileAndProblem(string name, byte[] bytes, string message)
    {
        var file = new RecordFile(name, bytes);

        Assert.False(_importer.CanImport(file));
        var exception = Assert.Throws<RecordImportException>(() => _importer.Import(file));
        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void GivenRandomBinary_WhenImported_ThenRecordImportException()
    {
        var bytes = new byte[4096];
        new Random(12345).NextBytes(bytes);
        var file = new RecordFile("junk.txt", bytes);

        Assert.False(_importer.CanImport(file));
        var exception = Assert.Throws<RecordImportException>(() => _importer.Import(file));
        Assert.Contains("junk.txt", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenASingleStrayControlCharacter_WhenChecked_ThenTheTextIsStillImportable()
    {
        var bytes = Encoding.UTF8.GetBytes("ER: positive (90%)\u001A");

        Assert.True(_importer.CanImport(new RecordFile("dos.txt", bytes)));
    }

    [Fact]
    public void GivenFileWithoutName_WhenImported_ThenProvenanceStillNamesIt()
    {
        var result = _importer.Import(new RecordFile("", Encoding.UTF8.GetBytes("ER: positive")));

        Assert.Equal("(unnamed file)", result.Facts[0].Provenance.Document);
    }

    [Fact]
    public void GivenVeryLongLine_WhenImported_ThenSkippedWithAWarningAndOtherLinesAreRead()
    {
        var text = new string('x', 5000) + "\nER: positive (90%)";

        var result = _importer.Import(new RecordFile("long.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(2, result.Facts.Count);
        Assert.Equal("long.txt line 1: the line is 5,000 characters long, longer than a report line can be (4,000), so it was not read", result.Warnings[0]);
    }

    [Fact]
    public void GivenEveryFixture_WhenImported_ThenEveryFactHasProvenanceWithinTheFile()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(TestFiles.Folder, "reports"), "*.txt"))
        {
            var name = Path.GetFileName(path);
            var lineCount = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n').Length;
            var result = _importer.Import(new RecordFile(name, File.ReadAllBytes(path)));

            Assert.All(result.Facts, f =>
            {
                Assert.Equal(name, f.Provenance.Document);
                Assert.InRange(f.Provenance.Line!.Value, 1, lineCount);
                Assert.InRange(f.Provenance.MatchedText.Length, 1, 200);
                Assert.Equal(f.Provenance.MatchedText.Trim(), f.Provenance.MatchedText);
                Assert.Null(f.Provenance.ResourceId);
            });
        }
    }
}
