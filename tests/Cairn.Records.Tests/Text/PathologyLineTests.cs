using Cairn.Records.Text;
using static Cairn.Core.Records.FactKind;

namespace Cairn.Records.Tests.Text;

public sealed class PathologyLineTests
{
    [Theory]
    [InlineData("Tumor Size: 23 mm", 23)]
    [InlineData("Tumour size: 2.3 cm", 23)]
    [InlineData("Tumour size: 23 x 18 x 15 mm", 23)]
    [InlineData("Size of largest invasive focus: 1.45 cm", 14.5)]
    [InlineData("Tumor Size: Greatest dimension of largest invasive focus: 8 mm", 8)]
    public void GivenTumourSize_WhenParsed_ThenItIsInMillimetres(string line, double millimetres)
    {
        var fact = ReportTestHelpers.Parse(line).Facts.Single(TumourSizeMm);

        Assert.Equal((decimal)millimetres, fact.Number);
        Assert.Equal("mm", fact.Unit);
    }

    [Theory]
    [InlineData("Tumor size: at least 40 mm", "the tumour size is given as a limit ('at least 40 mm'), not a measurement, so none was recorded")]
    [InlineData("Tumor size: >5 cm", "the tumour size is given as a limit ('>5 cm'), not a measurement, so none was recorded")]
    [InlineData("Tumour size: 23 mm (invasive); 35 mm including DCIS", "the tumour size line gives more than one size ('23 mm (invasive); 35 mm including DCIS'), so none was recorded")]
    [InlineData("Tumour size: cannot be determined (fragmented)", "tumour size line found but no size in mm or cm could be read: 'Tumour size: cannot be determined (fragmented)'")]
    public void GivenSizeThatIsNotOneMeasurement_WhenParsed_ThenWarned(string line, string warning)
    {
        var report = ReportTestHelpers.Parse(line);

        Assert.DoesNotContain(report.Facts, f => f.Kind == TumourSizeMm);
        Assert.Equal("test-report.txt line 1: " + warning, report.Warnings[0]);
    }

    [Theory]
    [InlineData("Histologic Grade: 2", 2)]
    [InlineData("Histologic grade: III", 3)]
    [InlineData("Nottingham grade 1", 1)]
    [InlineData("Overall Grade: Grade 2 (scores of 6 or 7)", 2)]
    [InlineData("Grade: G3", 3)]
    public void GivenHistologicGrade_WhenParsed_ThenGradeIsANumber(string line, int grade)
    {
        Assert.Equal(grade, ReportTestHelpers.Parse(line).Facts.Single(Grade).Number);
    }

    [Theory]
    [InlineData("Grade 3 neutropenia after cycle 2.")]
    [InlineData("Nuclear grade: 2")]
    [InlineData("DCIS grade: high")]
    [InlineData("Histologic Grade (Nottingham Histologic Score)")]
    public void GivenGradeThatIsNotTheHistologicGrade_WhenParsed_ThenNothingIsRecorded(string line)
    {
        var report = ReportTestHelpers.Parse(line);

        Assert.DoesNotContain(report.Facts, f => f.Kind == Grade);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("grade", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Invasive ductal carcinoma (no special type)", "invasive ductal carcinoma")]
    [InlineData("Invasive carcinoma of no special type (NST)", "invasive ductal carcinoma")]
    [InlineData("Infiltrating ductal carcinoma", "invasive ductal carcinoma")]
    [InlineData("Invasive lobular carcinoma, classic type", "invasive lobular carcinoma")]
    [InlineData("Invasive carcinoma with mixed ductal and lobular features", "invasive mixed ductal and lobular carcinoma")]
    [InlineData("Ductal carcinoma in situ", "ductal carcinoma in situ")]
    [InlineData("Invasive mucinous carcinoma", "mucinous carcinoma")]
    [InlineData("Adenoid cystic carcinoma", "adenoid cystic carcinoma")]
    public void GivenHistologicType_WhenNormalised_ThenItUsesTheFactKindSpelling(string written, string expected)
    {
        var report = ReportTestHelpers.Parse("Histologic Type: " + written);

        Assert.Equal(expected, report.Facts.Single(Histology).Text);
    }

    [Fact]
    public void GivenUnstatedHistology_WhenParsed_ThenWarned()
    {
        var report = ReportTestHelpers.Parse("Histologic type: cannot be determined");

        Assert.Empty(report.Facts);
        Assert.Equal("test-report.txt line 1: the histologic type is not given ('cannot be determined'), so none was recorded", report.Warnings[0]);
    }

    [Theory]
    [InlineData("Laterality: Left", "left")]
    [InlineData("Specimen laterality: RIGHT", "right")]
    public void GivenLaterality_WhenParsed_ThenLowerCase(string line, string side)
    {
        Assert.Equal(side, ReportTestHelpers.Parse(line).Facts.Single(Laterality).Text);
    }

    [Fact]
    public void GivenBilateralOrUnknownLaterality_WhenParsed_ThenWarned()
    {
        var report = ReportTestHelpers.Parse("Laterality: Bilateral", "Laterality: not specified");

        Assert.Empty(report.Facts);
        Assert.Equal("test-report.txt line 1: laterality 'Bilateral' is not left or right, so none was recorded", report.Warnings[0]);
        Assert.Equal("test-report.txt line 2: laterality 'not specified' is not left or right, so none was recorded", report.Warnings[1]);
    }

    [Theory]
    [InlineData("Primary site: Left breast, upper outer quadrant", "breast")]
    [InlineData("Primary site: Lung", "lung")]
    [InlineData("Primary tumour site: right ovary", "right ovary")]
    public void GivenPrimarySite_WhenParsed_ThenANonBreastSiteIsKeptAsWritten(string line, string site)
    {
        Assert.Equal(site, ReportTestHelpers.Parse(line).Facts.Single(CancerSite).Text);
    }

    [Fact]
    public void GivenNodeCount_WhenParsed_ThenNotedAsAWarningBecauseNoFactKindHoldsIt()
    {
        var report = ReportTestHelpers.Parse("Regional lymph nodes: 2/15 positive");

        Assert.Empty(report.Facts);
        Assert.StartsWith("test-report.txt line 1: lymph node count '2/15 positive' noted but not recorded", report.Warnings[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Patient: Alex Example", "Alex Example")]
    [InlineData("Patient name: Sam Q. Placeholder   DOB: 01/02/1970", "Sam Q. Placeholder")]
    [InlineData("Name: Jo Bloggs, MRN 123", "Jo Bloggs")]
    [InlineData("Patient: Jo Bloggs DOB 1970-02-01", "Jo Bloggs")]
    public void GivenPatientField_WhenParsed_ThenTheNameEndsAtTheNextField(string line, string name)
    {
        Assert.Equal(name, ReportTestHelpers.Parse(line).Facts.Single(PatientName).Text);
    }

    [Fact]
    public void GivenHistologyNormaliser_WhenGivenMixedCaseAndSpaces_ThenOutputIsLowerCaseAndCollapsed()
    {
        Assert.Equal("invasive lobular carcinoma", PathologyLineReader.NormaliseHistology("  Invasive   LOBULAR carcinoma "));
    }
}
