using static Cairn.Core.Records.FactKind;

namespace Cairn.Records.Tests.Text;

public sealed class StagingLineTests
{
    [Fact]
    public void GivenPathologicTnmWithStage_WhenParsed_ThenPrefixGoesToQualifierAndCategoryToText()
    {
        var report = ReportTestHelpers.Parse("pT2 pN1a M0, AJCC 8th stage IIB");

        FactRow[] expected =
        [
            new(TCategory, "T2", null, "p", 1),
            new(NCategory, "N1a", null, "p", 1),
            new(MCategory, "M0", null, null, 1),
            new(StageGroup, "IIB", null, null, 1),
        ];
        Assert.Equal(expected, report.Rows());
    }

    [Fact]
    public void GivenCompactTnm_WhenParsed_ThenEachCategoryIsRead()
    {
        var report = ReportTestHelpers.Parse("Stage: pT1cN0(i+)cM0(i+)");

        FactRow[] expected =
        [
            new(TCategory, "T1c", null, "p", 1),
            new(NCategory, "N0(i+)", null, null, 1),
            new(MCategory, "M0(i+)", null, "c", 1),
        ];
        Assert.Equal(expected, report.Rows());
    }

    [Theory]
    [InlineData("cT3 cN0 cM0 — clinical prognostic stage IIB", "prognostic")]
    [InlineData("Pathological prognostic stage group: IB", "prognostic")]
    [InlineData("Prognostic stage IA", "prognostic")]
    [InlineData("Anatomic stage IIIC", "anatomic")]
    [InlineData("Stage IIA", null)]
    [InlineData("Pathologic stage: IIA", null)]
    public void GivenStatedStage_WhenParsed_ThenQualifierSaysWhichKindOfStage(string line, string? qualifier)
    {
        var report = ReportTestHelpers.Parse(line);

        Assert.Equal(qualifier, report.Facts.Single(StageGroup).Qualifier);
    }

    [Theory]
    [InlineData("Stage IV", "IV")]
    [InlineData("stage 2b", "IIB")]
    [InlineData("Stage 0 (DCIS)", "0")]
    [InlineData("Anatomic stage group: IIIA", "IIIA")]
    public void GivenStageSpelling_WhenParsed_ThenTheGroupIsNormalised(string line, string group)
    {
        Assert.Equal(group, ReportTestHelpers.Parse(line).Facts.Single(StageGroup).Text);
    }

    [Fact]
    public void GivenPostNeoadjuvantCategories_WhenParsed_ThenYpIsTheQualifier()
    {
        var report = ReportTestHelpers.Parse("ypT1c ypN0");

        Assert.Equal([new(TCategory, "T1c", null, "yp", 1), new(NCategory, "N0", null, "yp", 1)], report.Rows());
    }

    [Fact]
    public void GivenCoarseStageWithoutLetter_WhenParsed_ThenWarnedNotGuessed()
    {
        var report = ReportTestHelpers.Parse("Stage II disease");

        Assert.Empty(report.Facts);
        Assert.StartsWith("test-report.txt line 1: stage not recorded: 'stage II' gives a stage without its letter", report.Warnings[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pT2 pN1a MX", "'MX': MX is not an AJCC category", 2)]
    [InlineData("pT2 pN1a pM0", "pM0 is not an AJCC category", 2)]
    [InlineData("cT2 cN1a cM0", "clinical N1 has no subcategories", 2)]
    [InlineData("pTis (LCIS) pN0", "LCIS is not Tis in the AJCC 8th edition", 1)]
    public void GivenCategoryTheAjcc8thEditionDoesNotHave_WhenParsed_ThenTheClinicalParserExplainsIt(string line, string reason, int otherFacts)
    {
        var report = ReportTestHelpers.Parse(line);

        var warning = Assert.Single(report.Warnings);
        Assert.StartsWith("test-report.txt line 1: TNM category not recorded: ", warning, StringComparison.Ordinal);
        Assert.Contains(reason, warning, StringComparison.Ordinal);
        Assert.Equal(otherFacts, report.Facts.Count);
    }

    [Theory]
    [InlineData("T2 hyperintense lesion in segment 6.")]
    [InlineData("T1-weighted images show no enhancement.")]
    [InlineData("Mild degenerative change at T4 and T5.")]
    [InlineData("M1 motorway junction")]
    public void GivenLoneUnprefixedCategoryOutsideStaging_WhenParsed_ThenItIsNotTnm(string line)
    {
        Assert.Empty(ReportTestHelpers.Parse(line).Facts);
    }

    [Fact]
    public void GivenLoneCategoryOnAStagingLine_WhenParsed_ThenItIsRead()
    {
        var report = ReportTestHelpers.Parse("TNM: T2");

        Assert.Equal([new(TCategory, "T2", null, null, 1)], report.Rows());
    }

    [Fact]
    public void GivenStageClassificationHeading_WhenParsed_ThenOnlyTheCategoriesAreRead()
    {
        var report = ReportTestHelpers.Parse("Pathologic Stage Classification (pTNM, AJCC 8th Edition): pT2 pN1a");

        Assert.Equal([new(TCategory, "T2", null, "p", 1), new(NCategory, "N1a", null, "p", 1)], report.Rows());
        Assert.Empty(report.Warnings);
    }
}
