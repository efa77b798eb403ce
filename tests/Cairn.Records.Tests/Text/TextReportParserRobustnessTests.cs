using Cairn.Records.Text;

namespace Cairn.Records.Tests.Text;

/// <summary>The parser must never throw, whatever the text: lines built from report vocabulary in random order.</summary>
public sealed class TextReportParserRobustnessTests
{
    private static readonly string[] s_tokens =
    [
        "ER", "PR", "PgR", "HER2", "HER2/CEP17", "FISH", "ISH", "ratio", "average HER2 copy number", "IHC", "score", "3+", "2+",
        "0", "1+", "+", "-", "(", ")", "[", "]", ":", ";", ",", "/", "|", "%", "<", ">", "≤", "positive", "negative", "equivocal",
        "low", "ultralow", "faint", "no staining", "pending", "not performed", "preliminary", "Stage", "IIB", "II", "pT2", "pN1a",
        "M0", "MX", "cM0(i+)", "T4", "Tis (LCIS)", "CA 15-3", "CA 27.29", "CEA", "U/mL", "ng/mL", "pmol/L", "ref", "12/03/2026",
        "2026-05-01", "31/02/2026", "March 2026", "1 May 2026", "99999999999999999999999999999999999", "0.000000000000000000000000000001",
        "12345678901234.5", "Started", "completed", "since", "from", "to", "trastuzumab", "Herceptin", "T-DXd", "+", "and",
        "CTC count (CellSearch)", "per", "7.5", "mL", "IMPRESSION:", "No evidence of disease", "Tumour size", "x", "mm", "cm",
        "Grade", "Histologic Grade:", "Laterality:", "left", "Patient:", "Test", "Result", "Units", "Date", "Specimen A:", "\t",
        "—", "µg/L", "é", "\u00A0", "Disease status:", "Exam:", "CT", "PET-CT",
    ];

    [Fact]
    public void GivenRandomReportVocabulary_WhenParsed_ThenNeverThrowsAndEveryFactHasValidProvenance()
    {
        var random = new Random(20260101);
        for (var report = 0; report < 300; report++)
        {
            var lines = new List<string>();
            for (var line = 0; line < random.Next(1, 15); line++)
            {
                var words = Enumerable.Range(0, random.Next(0, 14)).Select(_ => s_tokens[random.Next(s_tokens.Length)]);
                lines.Add(string.Join(random.Next(3) == 0 ? "" : " ", words));
            }

            var parsed = TextReportParser.Parse("random.txt", string.Join('\n', lines));

            Assert.All(parsed.Facts, f =>
            {
                Assert.Equal("random.txt", f.Provenance.Document);
                Assert.InRange(f.Provenance.Line!.Value, 1, lines.Count);
                Assert.InRange(f.Provenance.MatchedText.Length, 1, 200);
                Assert.True(f.Text is not null || f.Number is not null, $"{f.Kind} fact without a value");
            });
            Assert.Equal(parsed.Facts.Count == 0, parsed.Warnings.Contains("random.txt: " + TextReportParser.NoValuesWarning));
        }
    }

    [Fact]
    public void GivenHugeNumbers_WhenParsed_ThenNoFactIsMadeFromThem()
    {
        var report = ReportTestHelpers.Parse(
            "CEA 99999999999999999999999999999999999 ng/mL",
            "HER2/CEP17 ratio 123456789012345678901234567890",
            "Tumour size: 99999999999999999999999999999999 mm",
            "CTC count: 99999999999999999999 per 7.5 mL");

        Assert.Empty(report.Facts);
    }

    [Fact]
    public void GivenPageNumbers_WhenParsed_ThenTheyAreKeptInProvenance()
    {
        ReportLine[] lines = [new("Collected: 2026-01-02", 1, 1), new("ER: positive (90%)", 7, 3)];

        var parsed = TextReportParser.Parse("scan.pdf", lines);

        Assert.All(parsed.Facts, f => Assert.Equal((3, 7), (f.Provenance.Page!.Value, f.Provenance.Line!.Value)));
        Assert.All(parsed.Facts, f => Assert.Equal(new DateOnly(2026, 1, 2), f.Date));
    }

    [Fact]
    public void GivenNullArguments_WhenParsed_ThenArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => TextReportParser.Parse(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => TextReportParser.Parse("x", (string)null!));
        Assert.Throws<ArgumentNullException>(() => TextReportParser.Parse("x", (IEnumerable<ReportLine>)null!));
    }

    [Fact]
    public void GivenText_WhenSplit_ThenEveryLineEndingStyleEndsALine()
    {
        var lines = TextReportParser.SplitLines("a\r\nb\nc\rd", page: 2);

        Assert.Equal([new("a", 1, 2), new("b", 2, 2), new("c", 3, 2), new("d", 4, 2)], lines);
    }
}
