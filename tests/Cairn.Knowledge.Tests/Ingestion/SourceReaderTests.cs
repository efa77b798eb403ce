using Cairn.Knowledge.Ingestion;
using Cairn.Tests.Common;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Cairn.Knowledge.Tests.Ingestion;

public sealed class SourceReaderTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly TempCairnHome _temp = new();

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void GivenMedQuadXml_WhenReading_ThenEachQuestionBecomesAPassageOfTheDocument()
    {
        var path = Write("doc.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document id="1" source="CancerGov" url="https://www.cancer.gov/types/breast/patient/breast-treatment-pdq">
            <Focus>Breast Cancer</Focus>
            <QAPairs>
              <QAPair pid="1"><Question qid="1-1" qtype="information">What is (are) Breast Cancer ?</Question>
                <Answer>Breast cancer is a disease in which malignant cells form in the tissues of the breast.</Answer></QAPair>
              <QAPair pid="2"><Question qid="1-2" qtype="treatment">What are the treatments for Breast Cancer ?</Question>
                <Answer>Surgery, radiation therapy and chemotherapy are used.</Answer></QAPair>
            </QAPairs>
            </Document>
            """);

        var document = SourceReader.Read(path, s_now);

        Assert.Equal("Breast Cancer", document.Title);
        Assert.Equal("National Cancer Institute (PDQ)", document.Publisher);
        Assert.Equal("https://www.cancer.gov/types/breast/patient/breast-treatment-pdq", document.Url);
        Assert.Equal("medquad-xml", document.Format);
        Assert.Equal(["What is (are) Breast Cancer ?", "What are the treatments for Breast Cancer ?"], document.Sections.Select(section => section.Heading));
        Assert.StartsWith("U", document.SourceId, StringComparison.Ordinal);
        Assert.Equal(9, document.SourceId.Length);
    }

    [Fact]
    public void GivenTheSharedNciCollection_WhenReadingEveryFile_ThenEachParsesWithPassages()
    {
        var folder = SharedData.PathOf("medquad", "1_CancerGov_QA");
        Assert.SkipWhen(folder is null || !Directory.Exists(folder), SharedData.MissingMessage);

        var files = Directory.GetFiles(folder!, "*.xml");
        Assert.Equal(116, files.Length);
        foreach (var file in files)
        {
            var document = SourceReader.Read(file, s_now);
            Assert.NotEmpty(document.Sections);
            Assert.All(document.Sections, section => Assert.True(
                section.Paragraphs.Sum(PassageChunker.CountWords) <= PassageChunker.MaxWords,
                $"{Path.GetFileName(file)}: a passage has more than {PassageChunker.MaxWords} words"));
        }
    }

    [Fact]
    public void GivenMarkdown_WhenReading_ThenHeadingsBecomePassages()
    {
        var path = Write("notes.md", "# My notes\n\nIntro text.\n\n## Scans\n\nI have scans every three months.\n\n- Bring the report.\n");

        var document = SourceReader.Read(path, s_now);

        Assert.Equal("My notes", document.Title);
        Assert.Equal(["My notes", "Scans"], document.Sections.Select(section => section.Heading));
        Assert.Equal(["I have scans every three months.", "Bring the report."], document.Sections[1].Paragraphs);
    }

    [Fact]
    public void GivenHtml_WhenReading_ThenScriptsAreDroppedAndHeadingsSplitPassages()
    {
        var path = Write("page.html", """
            <html><head><title>Understanding CA 27.29</title><script>var x = 1;</script></head>
            <body><nav>Menu</nav><h1>CA 27.29</h1><p>A blood test &amp; marker.</p><h2>Limits</h2><ul><li>Not for screening.</li></ul></body></html>
            """);

        var document = SourceReader.Read(path, s_now);

        Assert.Equal("Understanding CA 27.29", document.Title);
        Assert.Equal(["CA 27.29", "Limits"], document.Sections.Select(section => section.Heading));
        Assert.Equal(["A blood test & marker."], document.Sections[0].Paragraphs);
        Assert.DoesNotContain(document.Sections.SelectMany(section => section.Paragraphs), text => text.Contains("var x", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenPlainText_WhenReading_ThenTheFirstLineIsTheTitle()
    {
        var path = Write("report.txt", "Follow-up plan\n\nSee the team every 6 months.\n\nMammogram once a year.\n");

        var document = SourceReader.Read(path, s_now);

        Assert.Equal("Follow-up plan", document.Title);
        Assert.Equal(["See the team every 6 months.", "Mammogram once a year."], document.Sections.Single().Paragraphs);
    }

    [Fact]
    public void GivenAPdf_WhenReading_ThenEachPageIsText()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Tumour markers are blood tests.", 12, new PdfPoint(40, 750), font);
        builder.AddPage(PageSize.A4).AddText("Ask which lab ran the test.", 12, new PdfPoint(40, 750), font);
        var path = Path.Combine(_temp.Path, "leaflet.pdf");
        File.WriteAllBytes(path, builder.Build());

        var document = SourceReader.Read(path, s_now);

        Assert.Equal("pdf", document.Format);
        Assert.Equal(2, document.Sections.Count);
        Assert.Contains("Tumour markers are blood tests.", document.Sections[0].Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("page 2", document.Sections[1].Heading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("blank.md", "   \n\n  ", "no text")]
    [InlineData("broken.xml", "<Document><Focus>x</Document>", "malformed")]
    [InlineData("other.xml", "<html><body>x</body></html>", "MedQuAD")]
    [InlineData("noanswers.xml", "<Document><Focus>x</Focus><QAPairs></QAPairs></Document>", "no question-answer pairs")]
    [InlineData("broken.pdf", "%PDF-1.4 this is not really a pdf", "PDF cannot be read")]
    [InlineData("data.docx", "PK fake", "unsupported file type")]
    public void GivenBadInput_WhenReading_ThenAClearErrorNamesTheFile(string name, string content, string expected)
    {
        var path = Write(name, content);

        var exception = Assert.Throws<SourceIngestException>(() => SourceReader.Read(path, s_now));

        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenABinaryFileWithATextExtension_WhenReading_ThenItIsRejected()
    {
        var path = Path.Combine(_temp.Path, "binary.txt");
        File.WriteAllBytes(path, [0x41, 0x00, 0x42, 0x00]);

        var exception = Assert.Throws<SourceIngestException>(() => SourceReader.Read(path, s_now));
        Assert.Contains("binary", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAFileOverTheSizeLimit_WhenReading_ThenItIsRejectedBeforeReading()
    {
        var path = Path.Combine(_temp.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(SourceReader.MaxFileBytes + 1);
        }

        var exception = Assert.Throws<SourceIngestException>(() => SourceReader.Read(path, s_now));
        Assert.Contains("limit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenTheSameBytesTwice_WhenReading_ThenTheIdsAreTheSame()
    {
        var first = SourceReader.Read(Write("a.txt", "Title\n\nSame text."), s_now);
        var second = SourceReader.Read(Write("b.txt", "Title\n\nSame text."), s_now);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.ContentHash, second.ContentHash);
    }

    public void Dispose() => _temp.Dispose();
}
